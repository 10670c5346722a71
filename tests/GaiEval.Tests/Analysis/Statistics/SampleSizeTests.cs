namespace GaiEval.Tests.Analysis.Statistics;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Statistics;

public sealed class SampleSizeTests
{
    [Theory]
    [InlineData(0.9, 0.05, 0.95, 139)] // 1.959964² · 0.9 · 0.1 / 0.05² = 138.29 → 139
    [InlineData(0.5, 0.05, 0.95, 385)] // 1.959964² · 0.25 / 0.0025 = 384.15 → 385, the textbook survey size
    [InlineData(0.8, 0.1, 0.90, 44)] // 1.644854² · 0.16 / 0.01 = 43.29 → 44
    public void Normal_approximation_matches_the_hand_computation(double expected, double margin, double confidence, int items) =>
        Assert.Equal(items, SampleSize.ForMargin(expected, margin, confidence));

    [Theory]
    [InlineData(0.9, 0.05)]
    [InlineData(0.5, 0.05)]
    [InlineData(0.99, 0.05)]
    [InlineData(0.7, 0.02)]
    public void Wilson_margin_is_the_smallest_n_whose_interval_is_narrow_enough(double expected, double margin)
    {
        int n = SampleSize.ForWilsonMargin(expected, margin);

        Assert.True(WilsonHalfWidth(expected, n) <= margin, $"at n = {n} the half-width is {WilsonHalfWidth(expected, n)}");
        Assert.True(WilsonHalfWidth(expected, n - 1) > margin, $"n = {n - 1} would already do");
    }

    [Fact]
    public void Wilson_margin_for_ninety_percent_within_five_points_is_141() => Assert.Equal(141, SampleSize.ForWilsonMargin(0.9, 0.05));

    [Theory]
    [InlineData(0.9, 0.85, 196)] // 1.959964² · 0.85 · 0.15 / 0.05² = 195.91
    [InlineData(0.8, 0.85, 196)]
    [InlineData(0.8, 0.9, 35)] // 1.959964² · 0.9 · 0.1 / 0.1² = 34.57
    [InlineData(1.0, 0.85, 22)] // all correct: 1.959964² · 0.1275 / 0.0225 = 21.77
    public void Items_to_settle_a_criterion_put_the_interval_on_one_side_of_the_threshold(double observed, double threshold, long items)
    {
        long? n = SampleSize.ToSettle(observed, threshold);

        Assert.Equal(items, n);
        Assert.True(OneSided(observed, threshold, n!.Value), $"at n = {n} the interval still contains {threshold}");
        Assert.False(OneSided(observed, threshold, n.Value - 1), $"n = {n - 1} would already settle it");
    }

    [Fact]
    public void Items_to_settle_agree_with_the_integer_Wilson_interval()
    {
        // 28/35 = 0.8 against 0.9: settled at 35 (upper bound below 0.9); 24/30 = 0.8 is not.
        Assert.Equal(35, SampleSize.ToSettle(0.8, 0.9));
        Assert.True(Proportion.Wilson(28, 35).High < 0.9);
        Assert.True(Proportion.Wilson(24, 30).High >= 0.9);
    }

    [Fact]
    public void An_observed_rate_on_the_threshold_cannot_be_settled() => Assert.Null(SampleSize.ToSettle(0.85, 0.85));

    [Theory]
    [InlineData(0.0, 0.05)]
    [InlineData(1.0, 0.05)]
    [InlineData(0.9, 0.0)]
    [InlineData(0.9, 1.0)]
    public void Impossible_targets_and_margins_are_rejected(double expected, double margin)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.ForMargin(expected, margin));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.ForWilsonMargin(expected, margin));
    }

    private static double WilsonHalfWidth(double p, int n)
    {
        const double z = Proportion.Z95;
        return z / (1 + (z * z / n)) * Math.Sqrt((p * (1 - p) / n) + (z * z / (4.0 * n * n)));
    }

    /// <summary>The Wilson interval (Wilson 1927) around p at n, written out: centre ± half-width.</summary>
    private static bool OneSided(double p, double threshold, long n)
    {
        const double z = Proportion.Z95;
        double centre = (p + (z * z / (2.0 * n))) / (1 + (z * z / n));
        double half = WilsonHalfWidth(p, (int)n);
        return p > threshold ? centre - half > threshold : centre + half < threshold;
    }
}
