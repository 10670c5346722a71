namespace GaiEval.Tests.Analysis.Statistics;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Statistics;

public sealed class StratifiedBootstrapTests
{
    private static readonly double[] Short = [4, 4, 4, -5, -5, 3, 2, 4];
    private static readonly double[] Long = [1, -3, 6, 0, -1];

    [Fact]
    public void Gives_each_strata_mean_and_the_total_of_size_times_mean()
    {
        StratifiedTotal result = StratifiedBootstrap.Total([Short, Long], [500, 300])!;

        // Means 11 / 8 = 1.375 and 3 / 5 = 0.6; total 500 × 1.375 + 300 × 0.6 = 867.5.
        Assert.Equal(1.375, result.Means[0].Value!.Value, 12);
        Assert.Equal(0.6, result.Means[1].Value!.Value, 12);
        Assert.Equal(867.5, result.Total.Value!.Value, 9);
        Assert.Equal((8, 5, 13), (result.Means[0].N, result.Means[1].N, result.Total.N));
    }

    [Fact]
    public void A_stratum_of_two_values_has_the_two_values_as_its_bounds()
    {
        // A resample's mean is 1, 2 or 3 (chance ¼, ½, ¼): the 2.5% and 97.5% percentiles of 2000 resamples are 1 and 3.
        Estimate mean = StratifiedBootstrap.Total([new double[] { 1, 3 }], [1])!.Means[0];

        Assert.Equal((2.0, 1.0, 3.0), (mean.Value!.Value, mean.Low, mean.High));
    }

    [Fact]
    public void The_totals_interval_is_that_of_the_sum_from_the_same_resamples_not_a_sum_of_bounds()
    {
        StratifiedTotal result = StratifiedBootstrap.Total([Short, Long], [500, 300])!;

        double lowOfSums = (500 * result.Means[0].Low) + (300 * result.Means[1].Low);
        double highOfSums = (500 * result.Means[0].High) + (300 * result.Means[1].High);
        Assert.True(result.Total.Low > lowOfSums, $"{result.Total.Low} vs {lowOfSums}");
        Assert.True(result.Total.High < highOfSums, $"{result.Total.High} vs {highOfSums}");
        Assert.True(result.Total.Low < result.Total.Value && result.Total.Value < result.Total.High);
    }

    [Fact]
    public void The_same_values_in_any_order_give_the_same_intervals_and_another_seed_others()
    {
        StratifiedTotal first = StratifiedBootstrap.Total([Short, Long], [500, 300])!;
        StratifiedTotal reversed = StratifiedBootstrap.Total([Short.Reverse().ToArray(), Long.Reverse().ToArray()], [500, 300])!;
        StratifiedTotal other = StratifiedBootstrap.Total([Short, Long], [500, 300], seed: 7)!;

        Assert.Equal(first.Total, reversed.Total);
        Assert.Equal(first.Means, reversed.Means);
        Assert.Equal(first.Total.Value, other.Total.Value);
        Assert.NotEqual((first.Total.Low, first.Total.High), (other.Total.Low, other.Total.High));
    }

    [Fact]
    public void Has_nothing_to_say_without_strata_and_refuses_an_empty_one()
    {
        Assert.Null(StratifiedBootstrap.Total([], []));
        Assert.Throws<ArgumentException>(() => StratifiedBootstrap.Total([Short, Array.Empty<double>()], [1, 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => StratifiedBootstrap.Total([Short], [1, 1]));
    }
}
