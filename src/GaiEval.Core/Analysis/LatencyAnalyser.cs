namespace GaiEval.Core.Analysis;

using GaiEval.Core.Analysis.Statistics;
using GaiEval.Core.Results;

/// <summary>Builds a provider's <see cref="LatencyAnalysis"/> from its fresh (not cached) calls.</summary>
internal static class LatencyAnalyser
{
    private static readonly ResampleStatistic[] Percentiles = [.. new[] { 0.50, 0.90, 0.95, 0.99 }.Select(ResampleStatistic.Percentile)];

    private static readonly ResampleStatistic[] P95 = [ResampleStatistic.Percentile(0.95)];

    /// <summary>The times to bootstrap, in the order <see cref="Analyse"/> takes their estimates.</summary>
    public static IReadOnlyList<BootstrapSample> Samples(ProviderCalls calls)
    {
        List<ResponseSummary> fresh = [.. calls.Answered.Where(r => !r.Cached)];
        List<double> totals = [.. calls.All
            .Where(r => r.Status != ResponseStatus.Withheld && !r.Cached)
            .Select(r => r.TotalMs)
            .OfType<double>()];
        return
        [
            new([.. fresh.Select(r => r.LatencyMs).OfType<double>()], Percentiles),
            new([.. fresh.Select(r => r.TtftMs).OfType<double>()], Percentiles),
            new(totals, P95),
        ];
    }

    /// <param name="estimates">The estimates of <see cref="Samples"/>, in its order.</param>
    public static LatencyAnalysis Analyse(IReadOnlyList<IReadOnlyList<Estimate>?> estimates) => new()
    {
        LatencyMs = PercentilesOf(estimates[0]),
        TimeToFirstTokenMs = PercentilesOf(estimates[1]),
        TotalP95Ms = estimates[2]?[0],
    };

    private static LatencyPercentiles? PercentilesOf(IReadOnlyList<Estimate>? p) =>
        p is null ? null : new LatencyPercentiles(p[0], p[1], p[2], p[3]);
}
