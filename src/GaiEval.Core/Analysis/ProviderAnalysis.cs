namespace GaiEval.Core.Analysis;

using GaiEval.Core.Plans;

/// <summary>
/// One provider's figures in a run. Accuracy counts every scored call (item × repeat) as one observation. Rates are
/// Wilson estimates, so each carries its numerator's share, interval and n.
/// </summary>
public sealed record ProviderAnalysis
{
    public required string ProviderId { get; init; }

    public required string Name { get; init; }

    public required DeploymentMethod Method { get; init; }

    /// <summary>A method under decision (the plan's <c>candidate</c>).</summary>
    public required bool Candidate { get; init; }

    public required CallCounts Counts { get; init; }

    /// <summary>正答率: correct ÷ scored, Wilson.</summary>
    public required Estimate Accuracy { get; init; }

    /// <summary>Per 業務分野, in the order categories first appear in the test set; categories with nothing scored have n = 0.</summary>
    public required IReadOnlyList<GroupAccuracy> AccuracyByCategory { get; init; }

    /// <summary>Per use (用途), in the order of the seven uses; only uses the test set has.</summary>
    public required IReadOnlyList<GroupAccuracy> AccuracyByUse { get; init; }

    /// <summary>Answered refuse items whose behaviour matched (they were refused) ÷ answered refuse items with that score.</summary>
    public required Estimate RefusalAccuracy { get; init; }

    /// <summary>
    /// Answered items tagged "trap" (<see cref="Model.GoldItem.IsTrap"/>) where must_not_include_hits &gt; 0, over those answered
    /// trap items that carry that score (a trap without must_not_include has nothing to count and is left out).
    /// </summary>
    public required Estimate TrapFailureRate { get; init; }

    /// <summary>Errors ÷ calls made (answered, failed or timed out; withheld items were never sent).</summary>
    public required Estimate ErrorRate { get; init; }

    /// <summary>Timeouts ÷ calls made.</summary>
    public required Estimate TimeoutRate { get; init; }

    /// <summary>Agreement across repeats; null when the run has a single repeat.</summary>
    public RepeatAnalysis? Repeats { get; init; }

    public required LatencyAnalysis Latency { get; init; }

    public required TokenAnalysis Tokens { get; init; }

    /// <summary>How well it found the gold sources; null when it does not retrieve (no <c>rag</c>, not built-in retrieval).</summary>
    public RetrievalQuality? Retrieval { get; init; }
}
