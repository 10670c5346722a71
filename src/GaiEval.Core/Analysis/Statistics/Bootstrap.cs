namespace GaiEval.Core.Analysis.Statistics;

/// <summary>
/// Percentile bootstrap intervals (Efron and Tibshirani 1993, An Introduction to the Bootstrap, ch. 13): the sample is
/// resampled with replacement, each statistic is computed on every resample, and its interval is the α/2 and 1 − α/2
/// percentiles (type 7) of those values. Resampling uses xoshiro256** (Blackman and Vigna 2018; <see cref="ResampleDraws"/>)
/// with a fixed seed, so the same sample always gives the same intervals; several statistics of one sample share the same
/// resamples. The number of
/// resamples is bounded by <see cref="BootstrapBudget"/> (fewer for large samples), and each interval's method states the
/// number used and the Monte Carlo error of its ends.
/// </summary>
public static class Bootstrap
{
    public const int DefaultResamples = 2000;

    public const int DefaultSeed = 20240401;

    /// <summary>A percentile of the sample (type 7) with its bootstrap interval; null for an empty sample.</summary>
    /// <param name="values">The sample, in any order.</param>
    /// <param name="p">0..1, e.g. 0.95 for p95.</param>
    /// <param name="resamples">Number of bootstrap resamples.</param>
    /// <param name="seed">Seed of the resampling generator.</param>
    public static Estimate? PercentileOf(IReadOnlyList<double> values, double p, int resamples = DefaultResamples, int seed = DefaultSeed) =>
        PercentilesOf(values, [p], resamples, seed)?[0];

    /// <summary>Several percentiles of one sample from the same resamples; null for an empty sample.</summary>
    /// <param name="values">The sample, in any order.</param>
    /// <param name="ps">Each 0..1.</param>
    /// <param name="resamples">Number of bootstrap resamples.</param>
    /// <param name="seed">Seed of the resampling generator.</param>
    public static IReadOnlyList<Estimate>? PercentilesOf(
        IReadOnlyList<double> values, IReadOnlyList<double> ps, int resamples = DefaultResamples, int seed = DefaultSeed)
    {
        foreach (double p in ps)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(p, 0, nameof(ps));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1, nameof(ps));
        }

        return Together([new BootstrapSample(values, [.. ps.Select(ResampleStatistic.Percentile)])], resamples, seed)[0];
    }

    /// <summary>The sample mean with its bootstrap interval; null for an empty sample.</summary>
    /// <param name="values">The sample, in any order.</param>
    /// <param name="resamples">Number of bootstrap resamples.</param>
    /// <param name="seed">Seed of the resampling generator.</param>
    public static Estimate? MeanOf(IReadOnlyList<double> values, int resamples = DefaultResamples, int seed = DefaultSeed) =>
        Together([new BootstrapSample(values, [ResampleStatistic.Mean])], resamples, seed)[0]?[0];

    /// <summary>The mean of a sample, for <see cref="Of"/>.</summary>
    public static double Mean(IReadOnlyList<double> sample) => sample.Average();

    /// <summary>
    /// Percentiles and means of several samples with their percentile bootstrap intervals, each exactly as
    /// <see cref="Of"/> gives them for the sample alone; samples of one size share their resamples' draws.
    /// </summary>
    /// <param name="samples">Each sample with its statistics.</param>
    /// <param name="resamples">Number of bootstrap resamples at most (see <see cref="BootstrapBudget"/>).</param>
    /// <param name="seed">Seed of the resampling generator.</param>
    /// <param name="confidence">Two-sided confidence of the intervals.</param>
    /// <returns>The estimates of each sample in the order given; null for an empty sample.</returns>
    public static IReadOnlyList<IReadOnlyList<Estimate>?> Together(
        IReadOnlyList<BootstrapSample> samples, int resamples = DefaultResamples, int seed = DefaultSeed, double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(confidence, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(confidence, 1);
        double[][] sorted = [.. samples.Select(s => s.Values.Order().ToArray())];
        var estimates = new IReadOnlyList<Estimate>?[samples.Count];
        foreach (IGrouping<int, int> size in Enumerable.Range(0, samples.Count).Where(i => sorted[i].Length > 0).GroupBy(i => sorted[i].Length))
        {
            int used = BootstrapBudget.ResamplesFor(size.Key, resamples);
            double[][][] replicates = TalliedReplicates.Draw([.. size.Select(i => sorted[i])], [.. size.Select(i => samples[i].Statistics)], used, seed);
            foreach ((int i, double[][] sample) in size.Zip(replicates))
            {
                estimates[i] = [.. samples[i].Statistics.Select((statistic, s) => Interval(statistic.Of(sorted[i]), sample[s], size.Key, used, confidence))];
            }
        }

        return estimates;
    }

    /// <summary>Statistics of the sample with their percentile bootstrap intervals, in the order given; null for an empty sample.</summary>
    /// <param name="values">The sample, in any order.</param>
    /// <param name="statistics">Each is computed on the sorted sample and on every resample, which it also receives sorted ascending.</param>
    /// <param name="resamples">Number of bootstrap resamples at most (see <see cref="BootstrapBudget"/>).</param>
    /// <param name="seed">Seed of the resampling generator.</param>
    /// <param name="confidence">Two-sided confidence of the intervals.</param>
    public static IReadOnlyList<Estimate>? Of(
        IReadOnlyList<double> values,
        IReadOnlyList<Func<IReadOnlyList<double>, double>> statistics,
        int resamples = DefaultResamples,
        int seed = DefaultSeed,
        double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(confidence, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(confidence, 1);
        if (values.Count == 0)
        {
            return null;
        }

        double[] sorted = [.. values.Order()];
        int used = BootstrapBudget.ResamplesFor(sorted.Length, resamples);
        double[][] replicates = Replicates(sorted, statistics, used, seed);
        return [.. statistics.Select((statistic, s) => Interval(statistic(sorted), replicates[s], sorted.Length, used, confidence))];
    }

    /// <summary>The estimate with the percentile interval of its replicates (sorted in place).</summary>
    private static Estimate Interval(double value, double[] replicates, int n, int used, double confidence)
    {
        double tail = (1 - confidence) / 2;
        Array.Sort(replicates);
        double low = Percentile.Of(replicates, tail)!.Value;
        double high = Percentile.Of(replicates, 1 - tail)!.Value;
        string method = BootstrapBudget.Method("bootstrap percentile", used, BootstrapBudget.EndsError(replicates, tail));
        return new Estimate(value, low, high, n, method);
    }

    /// <summary>
    /// Draws each resample as counts per position of the sorted sample, then writes it out in order, so every resample
    /// arrives sorted without a sort (O(n) per resample).
    /// </summary>
    private static double[][] Replicates(double[] sorted, IReadOnlyList<Func<IReadOnlyList<double>, double>> statistics, int resamples, int seed)
    {
        var random = new ResampleDraws(seed);
        int n = sorted.Length;
        int[] counts = new int[n];
        double[] resample = new double[n];
        double[][] replicates = [.. statistics.Select(_ => new double[resamples])];
        for (int r = 0; r < resamples; r++)
        {
            Array.Clear(counts);
            random.Tally(counts, n);

            int position = 0;
            for (int j = 0; j < n; j++)
            {
                for (int k = 0; k < counts[j]; k++)
                {
                    resample[position++] = sorted[j];
                }
            }

            for (int s = 0; s < statistics.Count; s++)
            {
                replicates[s][r] = statistics[s](resample);
            }
        }

        return replicates;
    }
}
