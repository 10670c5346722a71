namespace GaiEval.Tests.Analysis.Economics;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Economics;
using PlanEconomics = GaiEval.Core.Plans.Economics;

public sealed class TimeSavedCalculatorTests
{
    // Wilson 95% bounds worked out by hand: 8/10 → [0.4901625, 0.9433178]; 1/2 → [0.0945312, 0.9054688].
    private const double Low8Of10 = 0.4901625;
    private const double High8Of10 = 0.9433178;

    private static readonly PlanEconomics Economics = new()
    {
        HourlyCost = 4000,
        MonthlyVolume = new Dictionary<string, double> { ["住民票"] = 600, ["税"] = 300, ["子育て"] = 100, ["防災"] = 200 },
    };

    private static readonly CategoryMeasurement[] Measured =
    [
        new("住民票", ItemCount: 2, MeanHumanMinutes: 8, MeanReviewMinutes: 2, Proportion.Wilson(8, 10)),
        new("税", ItemCount: 2, MeanHumanMinutes: 4, MeanReviewMinutes: 3, Proportion.Wilson(1, 2)),
        new("ごみ", ItemCount: 3, MeanHumanMinutes: 5, MeanReviewMinutes: 1, Proportion.Wilson(3, 3)),
        new("子育て", ItemCount: 1, MeanHumanMinutes: 9, MeanReviewMinutes: 1, Proportion.Wilson(0, 0)),
    ];

    [Fact]
    public void Computes_monthly_hours_and_personnel_cost_per_category_from_p_M_and_R()
    {
        TimeSaved saved = TimeSavedCalculator.Calculate(Economics, Measured, TimeSavedBasis.GoldSetEstimate);

        // 住民票: 0.8 × 8 − 2 = 4.4 min per task; 600 × 4.4 / 60 = 44 h; 44 × 4000 = 176,000.
        CategoryTimeSaved residents = saved.Categories[0];
        Assert.Equal("住民票", residents.Category);
        Assert.Equal(4.4, residents.SavedMinutesPerTask.Value!.Value, 10);
        Assert.Equal(44, residents.MonthlyHours.Value!.Value, 10);
        Assert.Equal(176_000, residents.MonthlyPersonnelCost!.Value!.Value, 6);
        Assert.Equal((8.0, 2.0), (residents.MeanHumanMinutes, residents.MeanReviewMinutes));
        Assert.Equal(10, residents.MonthlyHours.N);

        // 税: 0.5 × 4 − 3 = −1 min per task (checking costs more than it saves); 300 × −1 / 60 = −5 h.
        CategoryTimeSaved tax = saved.Categories[1];
        Assert.Equal(-1, tax.SavedMinutesPerTask.Value!.Value, 10);
        Assert.Equal(-5, tax.MonthlyHours.Value!.Value, 10);
        Assert.Equal(-20_000, tax.MonthlyPersonnelCost!.Value!.Value, 6);

        // Overall: 44 − 5 = 39 h; 39 × 4000 = 156,000.
        Assert.Equal(39, saved.MonthlyHours!.Value!.Value, 10);
        Assert.Equal(156_000, saved.MonthlyPersonnelCost!.Value!.Value, 6);
        Assert.Equal(12, saved.MonthlyHours.N);
    }

    [Fact]
    public void Maps_the_accuracy_interval_through_the_linear_saving()
    {
        TimeSaved saved = TimeSavedCalculator.Calculate(Economics, Measured, TimeSavedBasis.GoldSetEstimate);

        // The saving p·M − R is linear in p, so its bounds are the saving at the Wilson bounds:
        // low 600 × (0.4901625 × 8 − 2) / 60 = 10 × 1.9213 = 19.213 h; high 10 × (0.9433178 × 8 − 2) = 55.4654 h.
        CategoryTimeSaved residents = saved.Categories[0];
        Assert.Equal(Low8Of10, residents.Accuracy.Low, 6);
        Assert.Equal(High8Of10, residents.Accuracy.High, 6);
        Assert.Equal((Low8Of10 * 8) - 2, residents.SavedMinutesPerTask.Low, 5);
        Assert.Equal(19.2130, residents.MonthlyHours.Low, 3);
        Assert.Equal(55.4654, residents.MonthlyHours.High, 3);
        Assert.Equal(19.2130 * 4000, residents.MonthlyPersonnelCost!.Low, 0);
        Assert.Contains("linear in p", residents.MonthlyHours.Method, StringComparison.Ordinal);

        // 税: low 300 × (0.0945312 × 4 − 3) / 60 = 5 × −2.6218752 = −13.1094; high 5 × (0.9054688 × 4 − 3) = 3.1094.
        CategoryTimeSaved tax = saved.Categories[1];
        Assert.Equal(-13.1094, tax.MonthlyHours.Low, 3);
        Assert.Equal(3.1094, tax.MonthlyHours.High, 3);

        // The overall bounds are the sums of the category bounds.
        Assert.Equal(19.2130 - 13.1094, saved.MonthlyHours!.Low, 3);
        Assert.Equal(55.4654 + 3.1094, saved.MonthlyHours.High, 3);
    }

    [Fact]
    public void Lists_categories_without_volume_items_or_scored_answers_instead_of_counting_them_as_zero()
    {
        TimeSaved saved = TimeSavedCalculator.Calculate(Economics, Measured, TimeSavedBasis.GoldSetEstimate);

        Assert.Equal(new[] { "住民票", "税" }, saved.Categories.Select(c => c.Category));
        Assert.Equal(
            new (string, CategoryGap, double?)[] { ("ごみ", CategoryGap.NoVolume, null), ("子育て", CategoryGap.NoScoredAnswers, 100), ("防災", CategoryGap.NotInTestSet, 200) },
            saved.NotEstimated.Select(g => (g.Category, g.Reason, g.MonthlyVolume)));
        Assert.All(saved.NotEstimated, g => Assert.False(string.IsNullOrWhiteSpace(g.Message)));

        // Covered: 600 + 300; uncovered: 子育て 100 + 防災 200 (ごみ has no volume, so it hides no tasks).
        Assert.Equal(900, saved.CoveredVolume);
        Assert.Equal(300, saved.UncoveredVolume);
        Assert.False(saved.CoversAllVolume);
    }

    [Fact]
    public void Leaves_the_personnel_cost_out_when_the_plan_sets_no_hourly_cost()
    {
        TimeSaved saved = TimeSavedCalculator.Calculate(Economics with { HourlyCost = 0 }, Measured, TimeSavedBasis.GoldSetEstimate);

        Assert.Equal(39, saved.MonthlyHours!.Value!.Value, 10);
        Assert.Null(saved.MonthlyPersonnelCost);
        Assert.All(saved.Categories, c => Assert.Null(c.MonthlyPersonnelCost));
    }

    [Fact]
    public void Gives_no_overall_figure_when_no_category_could_be_estimated()
    {
        TimeSaved saved = TimeSavedCalculator.Calculate(new PlanEconomics { HourlyCost = 4000 }, Measured, TimeSavedBasis.GoldSetEstimate);

        Assert.Empty(saved.Categories);
        Assert.Null(saved.MonthlyHours);
        Assert.Null(saved.MonthlyPersonnelCost);
        Assert.All(saved.NotEstimated, g => Assert.Equal(CategoryGap.NoVolume, g.Reason));
    }

    [Theory]
    [InlineData(TimeSavedBasis.GoldSetEstimate, "ゴールドセットによる推定")]
    [InlineData(TimeSavedBasis.ObservedTask, "実業務での計測")]
    [InlineData(TimeSavedBasis.SurveySelfReport, "職員アンケートによる自己申告")]
    public void Every_figure_carries_its_basis(TimeSavedBasis basis, string label)
    {
        TimeSaved saved = TimeSavedCalculator.Calculate(Economics, Measured, basis);

        Assert.Equal((basis, label), (saved.Basis, saved.BasisLabel));
        Assert.All(saved.Categories, c => Assert.Equal((basis, label), (c.Basis, c.BasisLabel)));
    }
}
