namespace GaiEval.Tests.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Decision;
using GaiEval.Core.Kpi.Findings;

/// <summary>The sample size that would settle an inconclusive KPI criterion, chosen by its metric; null whenever it cannot be told.</summary>
public sealed class KpiSettlingSampleSizeTests
{
    private static readonly Estimate Mean = new(4.0, 3.5, 4.4, 10, "bootstrap percentile (2000)");

    [Theory]
    [InlineData(4.2, 41)] // above: the upper half-width 0.4 is twice the gap 0.2, so n > 10 · 2² = 40
    [InlineData(3.8, 63)] // below: the lower half-width 0.5 is 2.5 times the gap 0.2, so n > 10 · 2.5² = 62.5
    [InlineData(3.6, 16)] // below: 0.5 ÷ 0.4 = 1.25, so n > 10 · 1.5625 = 15.6
    public void A_bootstrap_mean_settles_when_its_half_width_toward_the_threshold_shrinks_below_the_gap(double threshold, int expected)
    {
        int? n = SettlingSampleSize.BootstrapMean(Mean, threshold);

        Assert.Equal(expected, n);
    }

    [Fact]
    public void A_mean_on_its_threshold_or_a_census_or_an_empty_estimate_cannot_be_told()
    {
        Assert.Null(SettlingSampleSize.BootstrapMean(Mean, 4.0));
        Assert.Null(SettlingSampleSize.BootstrapMean(Estimate.Exact(0.15, 3, "全数、区間なし"), 0.2));
        Assert.Null(SettlingSampleSize.BootstrapMean(new Estimate(null, double.NaN, double.NaN, 0, "bootstrap"), 3));
        Assert.Null(SettlingSampleSize.Wilson(Estimate.Exact(0.15, 3, "全数、区間なし"), 0.2));
        Assert.Null(SettlingSampleSize.Share(Estimate.Exact(0.15, 3, "全数、区間なし"), 0.15));
    }

    [Fact]
    public void A_labelled_wilson_share_settles_by_the_wilson_rule_though_wilson_alone_would_not_tell()
    {
        var bad = new Estimate(0.25, 0.046, 0.699, 4, "ユーザーの評価: 評価のある利用のうち bad の割合, Wilson");

        // z²·0.2·0.8 / 0.05² = 245.85, so 246.
        Assert.Equal(246, SettlingSampleSize.Share(bad, 0.2));
        Assert.Null(SettlingSampleSize.Wilson(bad, 0.2));
        Assert.Equal(246, SettlingSampleSize.For(KpiMetrics.BadFeedbackRate, (_, _) => null)(bad, 0.2));
    }

    [Fact]
    public void Each_kpi_metric_has_its_rule_and_every_other_metric_keeps_the_one_given()
    {
        Func<Estimate, double, int?> given = (_, _) => 7;

        Assert.Equal(41, SettlingSampleSize.For(KpiMetrics.SatisfactionMean, given)(Mean, 4.2));
        Assert.Equal(41, SettlingSampleSize.For(KpiMetrics.Nps, given)(Mean, 4.2));
        Assert.Equal(41, SettlingSampleSize.For(KpiMetrics.HoursSavedPerMonth, given)(Mean, 4.2));
        Assert.Equal(41, SettlingSampleSize.For(KpiMetrics.MeasuredMinutesSaved, given)(Mean, 4.2));
        Assert.Equal(81, SettlingSampleSize.For(KpiMetrics.SatisfactionTopTwo, given)(Estimate.FromProportion(Proportion.Wilson(8, 10)), 0.7));
        Assert.Null(SettlingSampleSize.For(KpiMetrics.ActiveShare, given)(new Estimate(0.15, 0.1, 0.2, 3, "x"), 0.18));
        Assert.Null(SettlingSampleSize.For(KpiMetrics.HabitualShare, given)(new Estimate(0.15, 0.1, 0.2, 3, "x"), 0.18));
        Assert.Same(given, SettlingSampleSize.For(DecisionMetrics.Accuracy, given));
        Assert.Same(given, SettlingSampleSize.For(DecisionMetrics.LatencyP95Seconds, given));
    }
}
