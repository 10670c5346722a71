namespace GaiEval.Tests.Analysis.Statistics;

using CsCheck;
using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Statistics;

public sealed class BootstrapTests
{
    private static readonly double[] Latencies = [820, 640, 1210, 950, 700, 3100, 880, 760, 1020, 690, 1500, 910, 840, 2200, 730, 1100, 980, 870, 650, 1320];

    [Fact]
    public void The_same_sample_always_gives_the_same_interval_whatever_its_order()
    {
        Estimate first = Bootstrap.PercentileOf(Latencies, 0.95)!;
        Estimate again = Bootstrap.PercentileOf(Latencies, 0.95)!;
        Estimate reversed = Bootstrap.PercentileOf([.. Latencies.Reverse()], 0.95)!;

        Assert.Equal(first, again);
        Assert.Equal(first, reversed);
    }

    [Fact]
    public void Several_percentiles_from_shared_resamples_equal_each_one_alone()
    {
        double[] ps = [0.5, 0.9, 0.95, 0.99];

        IReadOnlyList<Estimate> together = Bootstrap.PercentilesOf(Latencies, ps)!;

        Assert.Equal(ps.Select(p => Bootstrap.PercentileOf(Latencies, p)!), together);
    }

    [Fact]
    public void Another_seed_draws_other_resamples()
    {
        // The mean takes many values over resamples; a median's interval can land on the same order statistics by chance.
        Estimate seeded = Bootstrap.MeanOf(Latencies, seed: 1)!;
        Estimate other = Bootstrap.MeanOf(Latencies, seed: 2)!;

        Assert.Equal(seeded.Value, other.Value);
        Assert.NotEqual((seeded.Low, seeded.High), (other.Low, other.High));
    }

    [Theory]
    [InlineData(0.50)]
    [InlineData(0.90)]
    [InlineData(0.95)]
    [InlineData(0.99)]
    public void A_percentile_is_estimated_by_type_7_and_its_interval_contains_it(double p)
    {
        Estimate estimate = Bootstrap.PercentileOf(Latencies, p)!;

        Assert.Equal(Percentile.Of([.. Latencies.Order()], p), estimate.Value);
        Assert.InRange(estimate.Value!.Value, estimate.Low, estimate.High);
        Assert.InRange(estimate.Low, Latencies.Min(), Latencies.Max());
        Assert.InRange(estimate.High, Latencies.Min(), Latencies.Max());
        Assert.True(estimate.High > estimate.Low, "a spread sample gives an interval of some width");
        Assert.Equal(20, estimate.N);
        Assert.StartsWith("bootstrap percentile (2000; Monte Carlo error of the ends ±", estimate.Method);
    }

    [Fact]
    public void The_interval_of_a_mean_is_close_to_the_normal_theory_interval()
    {
        // 1..100: mean 50.5; the bootstrap standard error is σ/√n with σ the population sd √((100² − 1)/12) = 28.866,
        // so the percentile interval should sit near 50.5 ± 1.96·2.8866 = [44.84, 56.16].
        double[] values = [.. Enumerable.Range(1, 100).Select(i => (double)i)];

        Estimate mean = Bootstrap.MeanOf(values)!;

        Assert.Equal(50.5, mean.Value);
        Assert.Equal(44.84, mean.Low, 0.75);
        Assert.Equal(56.16, mean.High, 0.75);
    }

    [Theory]
    [InlineData(20, 2000)]
    [InlineData(2000, 2000)]
    [InlineData(3200, 1250)]
    [InlineData(100_000, 200)]
    public void Large_samples_get_fewer_resamples_within_a_fixed_budget_of_draws(int n, int resamples)
    {
        double[] values = [.. Enumerable.Range(0, n).Select(i => (double)(i * 7919 % 1000))];

        Estimate mean = Bootstrap.MeanOf(values)!;

        Assert.Equal(resamples, BootstrapBudget.ResamplesFor(n, Bootstrap.DefaultResamples));
        Assert.StartsWith($"bootstrap percentile ({resamples}; ", mean.Method);
    }

    [Fact]
    public void The_monte_carlo_error_of_the_ends_is_stated_and_shrinks_with_more_resamples()
    {
        double[] values = [.. Enumerable.Range(1, 100).Select(i => (double)i)];

        double few = StatedError(Bootstrap.MeanOf(values, resamples: 200)!);
        double many = StatedError(Bootstrap.MeanOf(values, resamples: 2000)!);

        // σ/√n = 2.89 for the mean of 1..100; the ends are read from B replicates, so their error falls about as 1/√B.
        Assert.InRange(few, 0.3, 3.0);
        Assert.InRange(many, 0.05, 1.0);
        Assert.True(many < few, $"{many} < {few}");
    }

    [Fact]
    public void A_constant_sample_has_no_spread()
    {
        Estimate estimate = Bootstrap.PercentileOf([300, 300, 300], 0.9)!;

        Assert.Equal((300.0, 300.0, 300.0), (estimate.Value!.Value, estimate.Low, estimate.High));
    }

    [Fact]
    public void An_empty_sample_has_no_estimate()
    {
        Assert.Null(Bootstrap.PercentileOf([], 0.5));
        Assert.Null(Bootstrap.MeanOf([]));
    }

    [Fact]
    public void The_interval_of_a_mean_contains_the_mean() =>
        Gen.Double[0, 10_000].Array[1, 40].Sample(values =>
        {
            Estimate mean = Bootstrap.MeanOf(values, resamples: 300)!;
            Assert.InRange(mean.Value!.Value, mean.Low - 1e-9, mean.High + 1e-9);
        });

    private static double StatedError(Estimate estimate) =>
        double.Parse(estimate.Method[(estimate.Method.IndexOf('±') + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
}
