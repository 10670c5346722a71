namespace GaiEval.Core.Analysis;

using GaiEval.Core.Analysis.Statistics;
using GaiEval.Core.Results;

/// <summary>Builds a provider's <see cref="LatencyAnalysis"/> from its fresh (not cached) calls.</summary>
internal static class LatencyAnalyser
{
    public static LatencyAnalysis Analyse(ProviderCalls calls, int resamples)
    {
        List<ResponseSummary> fresh = [.. calls.Answered.Where(r => !r.Cached)];
        List<double> totals = [.. calls.All
            .Where(r => r.Status != ResponseStatus.Withheld && !r.Cached)
            .Select(r => r.TotalMs)
            .OfType<double>()];
        return new LatencyAnalysis
        {
            LatencyMs = Percentiles([.. fresh.Select(r => r.LatencyMs).OfType<double>()], resamples),
            TimeToFirstTokenMs = Percentiles([.. fresh.Select(r => r.TtftMs).OfType<double>()], resamples),
            TotalP95Ms = Bootstrap.PercentileOf(totals, 0.95, resamples),
        };
    }

    private static LatencyPercentiles? Percentiles(List<double> times, int resamples) =>
        Bootstrap.PercentilesOf(times, [0.50, 0.90, 0.95, 0.99], resamples) is { } p ? new LatencyPercentiles(p[0], p[1], p[2], p[3]) : null;
}
