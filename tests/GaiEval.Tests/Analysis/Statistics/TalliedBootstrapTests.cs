namespace GaiEval.Tests.Analysis.Statistics;

using CsCheck;
using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Statistics;

/// <summary>
/// <see cref="Bootstrap.Together"/> reads percentiles and means from the counts of each resample; <see cref="Bootstrap.Of"/>
/// writes every resample out and computes each statistic on it. Both must give the same estimates to the last bit.
/// </summary>
public sealed class TalliedBootstrapTests
{
    private static readonly double[] Ps = [0, 0.01, 0.1, 0.25, 0.5, 0.9, 0.95, 0.975, 0.99, 1];

    private static readonly Gen<ResampleStatistic[]> Statistics =
        Gen.OneOf(Gen.Const(ResampleStatistic.Mean), Gen.Int[0, Ps.Length - 1].Select(i => ResampleStatistic.Percentile(Ps[i])))
            .Array[1, 5];

    /// <summary>Fractions, integers, and a few values repeated many times (ties).</summary>
    private static readonly Gen<double> Value = Gen.OneOf(
        Gen.Double[0, 10_000],
        Gen.Int[-500, 5_000].Select(i => (double)i),
        Gen.Int[0, 3].Select(i => 100.25 * i));

    [Fact]
    public void Small_samples_give_exactly_the_estimates_of_the_written_out_resamples() =>
        Gen.Select(Value.Array[1, 40], Statistics).Sample((values, statistics) => AssertSame(values, statistics, resamples: 300));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void One_or_two_values_give_exactly_the_estimates_of_the_written_out_resamples(int n) =>
        Gen.Select(Value.Array[n], Statistics).Sample((values, statistics) => AssertSame(values, statistics, resamples: 300));

    [Fact]
    public void A_run_sized_sample_gives_exactly_the_estimates_of_the_written_out_resamples() =>
        Gen.Select(Value.Array[3200], Statistics).Sample(
            (values, statistics) => AssertSame(values, statistics, Bootstrap.DefaultResamples), iter: 4, threads: 1);

    [Fact]
    public void Run_sized_latencies_and_token_counts_give_exactly_the_estimates_of_the_written_out_resamples()
    {
        var random = new Random(15);
        double[] latencies = [.. Enumerable.Range(0, 3200).Select(_ => 100 + (random.NextDouble() * 40))];
        double[] tokens = [.. Enumerable.Range(0, 3200).Select(_ => (double)random.Next(40, 400))];
        ResampleStatistic[] statistics = [ResampleStatistic.Mean, .. new[] { 0.5, 0.9, 0.95, 0.99 }.Select(ResampleStatistic.Percentile)];

        AssertSame(latencies, statistics, Bootstrap.DefaultResamples);
        AssertSame(tokens, statistics, Bootstrap.DefaultResamples);
    }

    [Fact]
    public void Samples_bootstrapped_together_get_what_each_gets_alone() =>
        Gen.Select(Value.Array[1, 12], Statistics).Array[1, 6].Sample(samples =>
        {
            BootstrapSample[] together = [.. samples.Select(s => new BootstrapSample(s.Item1, s.Item2))];

            IReadOnlyList<IReadOnlyList<Estimate>?> estimates = Bootstrap.Together(together, resamples: 200);

            Assert.Equal(together.Select(s => Bootstrap.Together([s], resamples: 200)[0]), estimates);
        });

    [Fact]
    public void An_empty_sample_among_others_has_no_estimate_and_takes_nothing_from_them()
    {
        BootstrapSample values = new([3, 1, 2], [ResampleStatistic.Mean]);

        IReadOnlyList<IReadOnlyList<Estimate>?> estimates = Bootstrap.Together([new([], [ResampleStatistic.Mean]), values]);

        Assert.Null(estimates[0]);
        Assert.Equal(Bootstrap.MeanOf([3, 1, 2]), estimates[1]![0]);
    }

    [Fact]
    public void Integers_too_large_to_add_exactly_are_added_in_the_order_of_the_resample()
    {
        // Sums beyond 2^53 round at each addition, so they may differ from a sum taken in a long and rounded once.
        double[] values = [3, 5, 7, 1L << 60, (1L << 60) + 256, (1L << 61) + 512];

        AssertSame(values, [ResampleStatistic.Mean], resamples: 500);
    }

    private static void AssertSame(double[] values, ResampleStatistic[] statistics, int resamples)
    {
        IReadOnlyList<Estimate> written = Bootstrap.Of(values, [.. statistics.Select(s => (Func<IReadOnlyList<double>, double>)s.Of)], resamples)!;

        IReadOnlyList<Estimate> tallied = Bootstrap.Together([new BootstrapSample(values, statistics)], resamples)[0]!;

        Assert.Equal(written, tallied);
    }
}
