namespace GaiEval.Core.Analysis;

/// <summary>
/// Response times in milliseconds with bootstrap intervals. Latency and time to first token use fresh answered calls
/// only (a cached answer's time is not the provider's); end-to-end time uses every fresh call sent, failed ones included,
/// because the user waited for those too.
/// </summary>
public sealed record LatencyAnalysis
{
    /// <summary>Wall time to the last token; null when no fresh answered call has one.</summary>
    public LatencyPercentiles? LatencyMs { get; init; }

    /// <summary>Time to first token (streaming providers); null when none was measured.</summary>
    public LatencyPercentiles? TimeToFirstTokenMs { get; init; }

    /// <summary>p95 of the end-to-end time per call, retries and waits included; null when none was measured.</summary>
    public Estimate? TotalP95Ms { get; init; }
}
