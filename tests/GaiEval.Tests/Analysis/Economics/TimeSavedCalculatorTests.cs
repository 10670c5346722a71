namespace GaiEval.Tests.Analysis.Economics;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Model;
using GaiEval.Core.Results;
using PlanEconomics = GaiEval.Core.Plans.Economics;

public sealed class TimeSavedCalculatorTests
{
    private static readonly PlanEconomics Economics = new()
    {
        HourlyCost = 4000,
        MonthlyVolume = new Dictionary<string, double> { ["施設予約"] = 500, ["税"] = 300, ["子育て"] = 100, ["防災"] = 200 },
    };

    // 施設予約: two 40-minute code items (review 5) both wrong, three 5-minute inquiries (review 1) all right.
    private static readonly CategoryMeasurement Booking = Category(
        "施設予約",
        Decided("c1", "施設予約", 40, 5, false), Decided("c2", "施設予約", 40, 5, false),
        Decided("q1", "施設予約", 5, 1, true), Decided("q2", "施設予約", 5, 1, true), Decided("q3", "施設予約", 5, 1, true));

    // 税: 4 min, review 3: one right (+1), one wrong (−3).
    private static readonly CategoryMeasurement Tax = Category("税", Decided("t1", "税", 4, 3, true), Decided("t2", "税", 4, 3, false));

    private static readonly CategoryMeasurement[] Measured =
    [
        Booking,
        Tax,
        Category("ごみ", Decided("g1", "ごみ", 5, 1, true)),
        Category("子育て", Unanswered("k1", "子育て", 9, 1, ResponseStatus.Withheld)),
    ];

    [Fact]
    public void Sums_the_saving_per_item_where_accuracy_times_mean_minutes_inflates_it()
    {
        TimeSaved saved = TimeSavedCalculator.Calculate(Economics, Measured, TimeSavedBasis.GoldSetEstimate);

        // By hand, per item: code items 0 × 40 − 5 = −5 (twice), inquiries 5 − 1 = 4 (three times); Σ = −10 + 12 = 2 minutes
        // over 5 items, i.e. 0.4 min per task; 500 tasks × 0.4 / 60 = 3.333 h.
        CategoryTimeSaved booking = saved.Categories[0];
        Assert.Equal("施設予約", booking.Category);
        Assert.Equal(0.4, booking.SavedMinutesPerTask.Value!.Value, 10);
        Assert.Equal(500 * 0.4 / 60, booking.MonthlyHours.Value!.Value, 10);
        Assert.Equal((5, 3.0), (booking.ItemCount, booking.CorrectItems));

        // Accuracy × mean minutes would give p = 3/5, M̄ = 95/5 = 19, R̄ = 13/5 = 2.6: 0.6 × 19 − 2.6 = 8.8 min per task,
        // 500 × 8.8 / 60 = 73.3 h: 22 times the per-item sum, because the wrong answers are the long items.
        double inflated = 500 * ((0.6 * 19) - 2.6) / 60;
        Assert.Equal(73.333, inflated, 3);
        Assert.NotEqual(inflated, booking.MonthlyHours.Value!.Value, 3);
    }

    [Fact]
    public void Computes_monthly_hours_and_personnel_cost_per_category_and_overall()
    {
        TimeSaved saved = TimeSavedCalculator.Calculate(Economics, Measured, TimeSavedBasis.GoldSetEstimate);

        // 施設予約: 3.333 h × 4000 = 13,333. 税: (1 − 3) / 2 = −1 min per task (checking costs more than it saves);
        // 300 × −1 / 60 = −5 h.
        Assert.Equal(500 * 0.4 / 60 * 4000, saved.Categories[0].MonthlyPersonnelCost!.Value!.Value, 6);
        CategoryTimeSaved tax = saved.Categories[1];
        Assert.Equal(-1, tax.SavedMinutesPerTask.Value!.Value, 10);
        Assert.Equal(-5, tax.MonthlyHours.Value!.Value, 10);
        Assert.Equal(-20_000, tax.MonthlyPersonnelCost!.Value!.Value, 6);

        // Overall: 3.333 − 5 = −1.667 h, over the 7 items of the two estimated categories.
        Assert.Equal((500 * 0.4 / 60) - 5, saved.MonthlyHours!.Value!.Value, 10);
        Assert.Equal(((500 * 0.4 / 60) - 5) * 4000, saved.MonthlyPersonnelCost!.Value!.Value, 6);
        Assert.Equal(7, saved.MonthlyHours.N);
    }

    [Fact]
    public void Counts_an_answer_awaiting_its_verdict_as_wrong_and_a_call_without_answer_as_no_saving()
    {
        CategoryMeasurement mixed = Category(
            "税",
            Decided("t1", "税", 10, 2, true),                           // 10 − 2 = 8
            Undecided("t2", "税", 10, 2),                               // awaiting a judge: −2, never counted as correct
            Unanswered("t3", "税", 10, 2, ResponseStatus.Withheld),    // above the clearance: 0
            Unanswered("t4", "税", 10, 2, ResponseStatus.Error));      // failed at the provider: 0

        TimeSaved saved = TimeSavedCalculator.Calculate(Economics, [mixed], TimeSavedBasis.GoldSetEstimate);

        // Σ = 8 − 2 + 0 + 0 = 6 over the 4 items (the scale stays volume ÷ all items): 1.5 min per task, 300 × 1.5 / 60 = 7.5 h.
        CategoryTimeSaved tax = Assert.Single(saved.Categories);
        Assert.Equal(1.5, tax.SavedMinutesPerTask.Value!.Value, 10);
        Assert.Equal(7.5, tax.MonthlyHours.Value!.Value, 10);
        Assert.Equal((1, 1, 2, 1.0), (tax.DecidedAnswers, tax.UndecidedAnswers, tax.UnansweredCalls, tax.CorrectItems));
        Assert.Equal((1, 2), (saved.UndecidedAnswers, saved.UnansweredCalls));
    }

    [Fact]
    public void Averages_an_items_verdicts_over_its_repeats()
    {
        GoldItem item = Item("r1", "税", 10, 2);
        ResponseSummary[] responses = [Answer(item, 1), Answer(item, 2), Answer(item, 3)];
        bool?[] verdicts = [true, false, null];

        ItemSaving saving = ItemSaving.Of(item, responses, key => verdicts[key.Repeat - 1], repeats: 3);

        // (10 − 2) + (0 − 2) + (−2, awaiting) = 4 over 3 repeats.
        Assert.Equal(4.0 / 3, saving.Minutes, 10);
        Assert.Equal(1.0 / 3, saving.CorrectShare, 10);
        Assert.Equal((2, 1, 0), (saving.Decided, saving.Undecided, saving.Unanswered));
    }

    [Fact]
    public void Takes_the_interval_from_a_bootstrap_over_items_within_categories_and_the_total_from_the_same_resamples()
    {
        TimeSaved saved = TimeSavedCalculator.Calculate(Economics, Measured, TimeSavedBasis.GoldSetEstimate);
        TimeSaved again = TimeSavedCalculator.Calculate(Economics, Measured, TimeSavedBasis.GoldSetEstimate);

        // 税 has two items, +1 and −3: a resample's mean is −3, −1 or +1 (chance ¼, ½, ¼), so the 2.5% and 97.5%
        // percentiles of 2000 resamples are the extremes: [−3, +1] min per task, × 300 / 60 = [−15, +5] h.
        CategoryTimeSaved tax = saved.Categories[1];
        Assert.Equal((-3.0, 1.0), (tax.SavedMinutesPerTask.Low, tax.SavedMinutesPerTask.High));
        Assert.Equal((-15.0, 5.0), (tax.MonthlyHours.Low, tax.MonthlyHours.High));
        Assert.Equal((-60_000.0, 20_000.0), (tax.MonthlyPersonnelCost!.Low, tax.MonthlyPersonnelCost.High));
        Assert.Contains("bootstrap", tax.MonthlyHours.Method, StringComparison.Ordinal);

        // Seeded: the same run gives the same intervals.
        Assert.Equal(saved, again, new TimeSavedIntervals());

        // The total's interval is that of the sum, narrower than the sum of the categories' bounds.
        CategoryTimeSaved booking = saved.Categories[0];
        Estimate total = saved.MonthlyHours!;
        Assert.True(booking.MonthlyHours.Low < booking.MonthlyHours.Value && booking.MonthlyHours.High > booking.MonthlyHours.Value);
        Assert.True(total.Low > booking.MonthlyHours.Low + tax.MonthlyHours.Low, $"{total.Low}");
        Assert.True(total.High < booking.MonthlyHours.High + tax.MonthlyHours.High, $"{total.High}");
        Assert.True(total.Low < total.Value && total.Value < total.High);
    }

    [Fact]
    public void Gives_an_exact_figure_when_every_item_of_a_category_saves_the_same()
    {
        CategoryMeasurement same = Category("税", Decided("t1", "税", 4, 1, true), Decided("t2", "税", 4, 1, true));

        TimeSaved saved = TimeSavedCalculator.Calculate(Economics, [same], TimeSavedBasis.GoldSetEstimate);

        // 3 min per task × 300 / 60 = 15 h, with no spread.
        Assert.Equal((15.0, 15.0, 15.0), (saved.MonthlyHours!.Value!.Value, saved.MonthlyHours.Low, saved.MonthlyHours.High));
    }

    [Fact]
    public void Lists_categories_without_volume_items_or_any_verdict_instead_of_counting_them_as_zero()
    {
        TimeSaved saved = TimeSavedCalculator.Calculate(Economics, Measured, TimeSavedBasis.GoldSetEstimate);

        Assert.Equal(new[] { "施設予約", "税" }, saved.Categories.Select(c => c.Category));
        Assert.Equal(
            new (string, CategoryGap, double?)[] { ("ごみ", CategoryGap.NoVolume, null), ("子育て", CategoryGap.NoScoredAnswers, 100), ("防災", CategoryGap.NotInTestSet, 200) },
            saved.NotEstimated.Select(g => (g.Category, g.Reason, g.MonthlyVolume)));
        Assert.All(saved.NotEstimated, g => Assert.False(string.IsNullOrWhiteSpace(g.Message)));

        // Covered: 500 + 300; uncovered: 子育て 100 + 防災 200 (ごみ has no volume, so it hides no tasks).
        Assert.Equal(800, saved.CoveredVolume);
        Assert.Equal(300, saved.UncoveredVolume);
        Assert.False(saved.CoversAllVolume);
    }

    [Fact]
    public void Leaves_the_personnel_cost_out_when_the_plan_sets_no_hourly_cost()
    {
        TimeSaved saved = TimeSavedCalculator.Calculate(Economics with { HourlyCost = 0 }, Measured, TimeSavedBasis.GoldSetEstimate);

        Assert.Equal((500 * 0.4 / 60) - 5, saved.MonthlyHours!.Value!.Value, 10);
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
    [InlineData(TimeSavedBasis.GoldSetEstimate, "ゴールドセットによる推計", "月間件数のすべてをAIに回した場合")]
    [InlineData(TimeSavedBasis.ObservedTask, "実業務での計測", "計測した業務で実際にAIを使った場合")]
    [InlineData(TimeSavedBasis.SurveySelfReport, "職員アンケートによる自己申告", "回答した職員の自己申告による")]
    public void Every_figure_carries_its_basis_and_assumption(TimeSavedBasis basis, string label, string assumption)
    {
        TimeSaved saved = TimeSavedCalculator.Calculate(Economics, Measured, basis);

        Assert.Equal((basis, label, assumption), (saved.Basis, saved.BasisLabel, saved.Assumption));
        Assert.All(saved.Categories, c => Assert.Equal((basis, label), (c.Basis, c.BasisLabel)));
    }

    private static CategoryMeasurement Category(string name, params ItemSaving[] items) => new(name, items);

    private static ItemSaving Decided(string id, string category, double manual, double review, bool correct)
    {
        GoldItem item = Item(id, category, manual, review);
        return ItemSaving.Of(item, [Answer(item, 1)], _ => correct, repeats: 1);
    }

    private static ItemSaving Undecided(string id, string category, double manual, double review)
    {
        GoldItem item = Item(id, category, manual, review);
        return ItemSaving.Of(item, [Answer(item, 1)], _ => null, repeats: 1);
    }

    private static ItemSaving Unanswered(string id, string category, double manual, double review, ResponseStatus status)
    {
        GoldItem item = Item(id, category, manual, review);
        return ItemSaving.Of(item, [Answer(item, 1) with { Status = status, HasText = false }], _ => null, repeats: 1);
    }

    private static GoldItem Item(string id, string category, double manual, double review) => new()
    {
        Id = id,
        Category = category,
        Use = ItemUses.Dialogue,
        Question = $"{id} の質問",
        HumanMinutes = manual,
        ReviewMinutes = review,
    };

    private static ResponseSummary Answer(GoldItem item, int repeat) => new()
    {
        RunId = "r",
        ItemId = item.Id,
        ProviderId = "p",
        Repeat = repeat,
        Status = ResponseStatus.Ok,
        HasText = true,
        StartedAt = DateTimeOffset.UnixEpoch,
        FinishedAt = DateTimeOffset.UnixEpoch,
    };

    /// <summary>Two time-saved results are equal when every figure and bound is.</summary>
    private sealed class TimeSavedIntervals : IEqualityComparer<TimeSaved>
    {
        public bool Equals(TimeSaved? x, TimeSaved? y) =>
            x is not null && y is not null && x.MonthlyHours == y.MonthlyHours
            && x.Categories.Select(c => c.MonthlyHours).SequenceEqual(y.Categories.Select(c => c.MonthlyHours));

        public int GetHashCode(TimeSaved obj) => 0;
    }
}
