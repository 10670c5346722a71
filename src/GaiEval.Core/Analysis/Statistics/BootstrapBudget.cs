namespace GaiEval.Core.Analysis.Statistics;

using System.Globalization;

/// <summary>
/// A fixed budget of work per bootstrap: a resample of n values costs n draws, so the number of resamples is
/// <see cref="Draws"/> / n, between <see cref="MinResamples"/> and the number asked for. Small samples (up to
/// <see cref="Draws"/> / 2,000 = 2,000 values) keep the full 2,000 resamples; a sample of 100,000 values gets 200 instead of
/// costing 50 times more. What fewer resamples cost in precision is measured, not hidden: the Monte Carlo error of each
/// interval end (half the width of the 95% band of the order statistic it is read from; the ends of a bootstrap interval
/// are themselves estimated from B replicates) is stated in the interval's method.
/// </summary>
public static class BootstrapBudget
{
    public const int Draws = 4_000_000;

    public const int MinResamples = 200;

    public static int ResamplesFor(int n, int asked) =>
        Math.Min(asked, Math.Max(MinResamples, Draws / Math.Max(1, n)));

    /// <summary>
    /// The Monte Carlo error of the percentile <paramref name="q"/> read from <paramref name="sortedReplicates"/>: with B
    /// replicates, the rank of the q-quantile varies by about ±1.96·√(B·q·(1 − q)) (binomial), so the error is half the
    /// spread of the replicates between those ranks.
    /// </summary>
    public static double MonteCarloError(double[] sortedReplicates, double q)
    {
        int b = sortedReplicates.Length;
        double rank = q * (b - 1);
        double band = 1.96 * Math.Sqrt(b * q * (1 - q));
        int low = (int)Math.Clamp(Math.Floor(rank - band), 0, b - 1);
        int high = (int)Math.Clamp(Math.Ceiling(rank + band), 0, b - 1);
        return (sortedReplicates[high] - sortedReplicates[low]) / 2;
    }

    /// <summary>The larger Monte Carlo error of the two ends of an interval with both tails <paramref name="tail"/>.</summary>
    public static double EndsError(double[] sortedReplicates, double tail) =>
        Math.Max(MonteCarloError(sortedReplicates, tail), MonteCarloError(sortedReplicates, 1 - tail));

    /// <summary>e.g. "bootstrap percentile (2000; Monte Carlo error of the ends ±3.2)".</summary>
    public static string Method(string kind, int resamples, double endsError) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind} ({resamples}; Monte Carlo error of the ends ±{endsError:G3})");
}
