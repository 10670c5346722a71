namespace GaiEval.Core.Analysis.Statistics;

/// <summary>
/// Percentile bootstrap of a stratified total T = Σ Nₖ · ȳₖ (Efron and Tibshirani 1993, ch. 13; resampling within strata
/// as in Davison and Hinkley 1997, §3.2): each resample draws every stratum's values with replacement from that stratum
/// alone, and the strata's means and the total are computed on the same resample. The intervals are the α/2 and 1 − α/2
/// percentiles (type 7) of those values, so the total's interval is that of the sum, never a sum of the strata's bounds.
/// Seeded as <see cref="Bootstrap"/>: the same sample always gives the same intervals. The number of resamples is bounded
/// by <see cref="BootstrapBudget"/> over all the strata's values together.
/// </summary>
public static class StratifiedBootstrap
{
    /// <summary>Each stratum's mean and the total Σ size × mean, with their bootstrap intervals; null when there is no stratum.</summary>
    /// <param name="strata">The values of each stratum; none may be empty.</param>
    /// <param name="sizes">Nₖ: the population size of each stratum (e.g. a category's monthly volume).</param>
    /// <param name="resamples">Number of bootstrap resamples at most (see <see cref="BootstrapBudget"/>).</param>
    /// <param name="seed">Seed of the resampling generator.</param>
    /// <param name="confidence">Two-sided confidence of the intervals.</param>
    public static StratifiedTotal? Total(
        IReadOnlyList<IReadOnlyList<double>> strata,
        IReadOnlyList<double> sizes,
        int resamples = Bootstrap.DefaultResamples,
        int seed = Bootstrap.DefaultSeed,
        double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(strata);
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentOutOfRangeException.ThrowIfNotEqual(sizes.Count, strata.Count, nameof(sizes));
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(confidence, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(confidence, 1);
        if (strata.Count == 0)
        {
            return null;
        }

        if (strata.Any(s => s.Count == 0))
        {
            throw new ArgumentException("Every stratum needs at least one value.", nameof(strata));
        }

        // Sorted, so that the same values in another order draw the same resamples.
        double[][] sorted = [.. strata.Select(s => s.Order().ToArray())];
        resamples = BootstrapBudget.ResamplesFor(sorted.Sum(s => s.Length), resamples);
        double[][] means = [.. strata.Select(_ => new double[resamples])];
        double[] totals = new double[resamples];
        var random = new ResampleDraws(seed);
        int[] draws = new int[sorted.Max(s => s.Length)];
        for (int r = 0; r < resamples; r++)
        {
            for (int k = 0; k < strata.Count; k++)
            {
                double[] values = sorted[k];
                Span<int> positions = draws.AsSpan(0, values.Length);
                random.Fill(positions, values.Length);
                double sum = 0;
                foreach (int position in positions)
                {
                    sum += values[position];
                }

                means[k][r] = sum / values.Length;
                totals[r] += sizes[k] * means[k][r];
            }
        }

        double tail = (1 - confidence) / 2;
        Estimate Interval(double value, double[] replicates, int n)
        {
            Array.Sort(replicates);
            string method = BootstrapBudget.Method(
                $"bootstrap percentile, resampled within strata, seed {seed}", resamples, BootstrapBudget.EndsError(replicates, tail));
            return new Estimate(value, Percentile.Of(replicates, tail)!.Value, Percentile.Of(replicates, 1 - tail)!.Value, n, method);
        }

        List<Estimate> perStratum = [.. sorted.Select((s, k) => Interval(s.Average(), means[k], s.Length))];
        double total = perStratum.Select((m, k) => sizes[k] * m.Value!.Value).Sum();
        return new StratifiedTotal(perStratum, Interval(total, totals, strata.Sum(s => s.Count)));
    }
}
