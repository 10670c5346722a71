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
        Assert.Equal("bootstrap percentile (2000)", estimate.Method);
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
}
