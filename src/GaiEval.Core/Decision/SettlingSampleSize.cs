namespace GaiEval.Core.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Statistics;

/// <summary>How many observations would settle an inconclusive criterion.</summary>
public static class SettlingSampleSize
{
    /// <summary>
    /// For a Wilson share: the smallest n at which the Wilson interval at the observed rate lies wholly on one side of the
    /// threshold (<see cref="SampleSize.ToSettle"/>); null for any other estimate.
    /// </summary>
    public static int? Wilson(Estimate estimate, double threshold) =>
        estimate is { Method: "Wilson", Value: { } observed } && threshold is >= 0 and <= 1 && SampleSize.ToSettle(observed, threshold) is { } n
            ? (int)Math.Min(n, int.MaxValue)
            : null;
}
