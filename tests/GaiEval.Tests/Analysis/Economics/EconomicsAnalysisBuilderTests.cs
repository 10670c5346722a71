namespace GaiEval.Tests.Analysis.Economics;

using System.Text.Json;
using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Tests.Support;
using PlanEconomics = GaiEval.Core.Plans.Economics;

public sealed class EconomicsAnalysisBuilderTests : IDisposable
{
    private static readonly PlanEconomics Yen = new()
    {
        Currency = "JPY",
        Exchange = new Dictionary<string, double> { ["USD"] = 150 },
        HourlyCost = 4000,
        MonthlyVolume = new Dictionary<string, double> { ["住民票"] = 600, ["税"] = 300 },
    };

    private static readonly Pricing CloudPricing = new() { Currency = "USD", InputPer1M = 0.15, OutputPer1M = 0.60, MonthlyFixed = 10 };

    private static readonly Pricing OnPremPricing = new() { Currency = "JPY", ServerPrice = 3_600_000, ServerLifeMonths = 60, OperationsMonthly = 40_000 };

    // 住民票: a1 10 min (review 2), a2 6 min (review 2). 税: 4 min, review 3 (o1 has no rule: without a judge it awaits a
    // verdict, counted as wrong in the time saved and left out of the accuracy). ごみ has no monthly volume.
    private static readonly GoldItem[] Items =
    [
        PricedRun.Item("a1", "住民票", 10, 2), PricedRun.Item("a2", "住民票", 6, 2),
        PricedRun.Item("t1", "税", 4, 3), PricedRun.Item("t2", "税", 4, 3), PricedRun.Item("o1", "税", 4, 3, hasRule: false),
        PricedRun.Item("g1", "ごみ", 5, 1),
    ];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Computes_time_saved_cost_and_benefit_from_a_stored_run()
    {
        EconomicsAnalysis analysis = EconomicsAnalysisBuilder.Build(await SaveThreeProvidersAsync());

        Assert.True(analysis.HasEconomics);
        Assert.Equal(("JPY", 4000.0, 900.0), (analysis.Currency, analysis.HourlyCost!.Value, analysis.MonthlyVolume));
        Assert.Equal("ゴールドセットによる推計", analysis.BasisLabel);
        ProviderEconomics cloud = analysis.Providers[0];

        // Per item: 住民票 a1 right 10 − 2 = 8, a2 wrong −2: Σ 6 × 600 / 2 = 1800 min = 30 h (accuracy × mean minutes would
        // say 0.5 × 8 − 2 = 2 min × 600 = 20 h). 税: t1, t2 right 4 − 3 = 1 each, o1 awaiting −3: Σ −1 × 300 / 3 = −100 min.
        Assert.Equal(new[] { "住民票", "税" }, cloud.TimeSaved.Categories.Select(c => c.Category));
        Assert.Equal(30, cloud.TimeSaved.Categories[0].MonthlyHours.Value!.Value, 10);
        Assert.Equal(-100.0 / 60, cloud.TimeSaved.Categories[1].MonthlyHours.Value!.Value, 10);
        Assert.Equal((1.0, 2, 0), (cloud.TimeSaved.Categories[0].CorrectItems, cloud.TimeSaved.Categories[0].DecidedAnswers, cloud.TimeSaved.Categories[0].UndecidedAnswers));
        Assert.Equal((1, 0), (cloud.TimeSaved.UndecidedAnswers, cloud.TimeSaved.UnansweredCalls));
        Assert.Equal(30 - (100.0 / 60), cloud.TimeSaved.MonthlyHours!.Value!.Value, 10);
        Assert.Equal((30 - (100.0 / 60)) * 4000, cloud.TimeSaved.MonthlyPersonnelCost!.Value!.Value, 6);
        Assert.Equal("ごみ", Assert.Single(cloud.TimeSaved.NotEstimated).Category);

        // Tokens: inputs 1200, 800 and 4 × 1000 → mean 1000; outputs 400, 600 and 4 × 500 → mean 500.
        // Per task (1000 × 0.15 + 500 × 0.60) / 1M = 0.00045 USD × 150 = 0.0675 JPY; × 900 = 60.75; fixed 10 USD = 1500 JPY.
        Assert.Equal((1000.0, 500.0, 6), (cloud.Cost.MeanInputTokens!.Value, cloud.Cost.MeanOutputTokens!.Value, cloud.Cost.TokenSamples));
        Assert.Equal(1560.75, cloud.Cost.MonthlyTotal!.Value!.Value, 8);

        // Accuracy 4/5 (a2 wrong; o1 unscored): 1560.75 / (900 × 0.8) = 2.1677083. Per hour: 1560.75 / 28.333 = 55.085.
        Assert.Equal((4, 5), (Successes(cloud.Accuracy), cloud.Accuracy.N));
        Assert.Equal(2.1677083, cloud.CostPerCorrectAnswer!.Value, 6);
        Assert.Equal(1560.75 / (30 - (100.0 / 60)), cloud.CostPerHourSaved!.Value, 8);

        // Net: 113,333.33 − 1560.75 = 111,772.58, its bounds the personnel cost's bounds minus the cost.
        Assert.Equal(((30 - (100.0 / 60)) * 4000) - 1560.75, cloud.NetMonthlyBenefit!.Value!.Value, 6);
        Assert.Equal(cloud.TimeSaved.MonthlyPersonnelCost.Low - 1560.75, cloud.NetMonthlyBenefit.Low, 6);

        // The candidate states no one-off costs: the cost above leaves them out, and says so.
        Assert.Null(cloud.Cost.OneOff);
        Assert.Contains("一時費用（deployment.one_off", Assert.Single(cloud.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_a_provider_without_pricing_as_pricing_not_set_and_keeps_its_time_saved()
    {
        EconomicsAnalysis analysis = EconomicsAnalysisBuilder.Build(await SaveThreeProvidersAsync());

        ProviderEconomics platform = analysis.Providers[1];
        Assert.Equal(CostStatus.PricingNotSet, platform.Cost.Status);
        Assert.Equal("料金未設定", platform.Cost.Message);
        Assert.Null(platform.Cost.MonthlyTotal);
        Assert.Null(platform.CostPerCorrectAnswer);
        Assert.Null(platform.NetMonthlyBenefit);
        Assert.Contains(platform.Notes, n => n.Contains("料金未設定", StringComparison.Ordinal));

        // a1 was withheld (no saving), a2 right: 住民票 (0 + 4) × 600 / 2 = 1200 min = 20 h (the withheld item is not filled
        // in with the others' average). 税: t1, t2 right, o1 never called: (1 + 1 + 0) × 300 / 3 = 200 min = 3.333 h.
        Assert.Equal(20 + (200.0 / 60), platform.TimeSaved.MonthlyHours!.Value!.Value, 10);
        Assert.Equal((0, 2), (platform.TimeSaved.UndecidedAnswers, platform.TimeSaved.UnansweredCalls));
        Assert.DoesNotContain(analysis.BreakEvens, b => b.FirstProviderId == "platform" || b.SecondProviderId == "platform");
    }

    [Fact]
    public async Task Withholds_hourly_figures_when_a_category_with_volume_has_no_scored_answers()
    {
        EconomicsAnalysis analysis = EconomicsAnalysisBuilder.Build(await SaveThreeProvidersAsync());

        ProviderEconomics onPrem = analysis.Providers[2];

        // 税 was never answered (timeout, error, withheld): its 300 tasks are listed, not counted as zero hours.
        CategoryNotEstimated tax = Assert.Single(onPrem.TimeSaved.NotEstimated, g => g.Category == "税");
        Assert.Equal(CategoryGap.NoScoredAnswers, tax.Reason);
        Assert.Equal(300, onPrem.TimeSaved.UncoveredVolume);
        Assert.Null(onPrem.CostPerHourSaved);
        Assert.Null(onPrem.NetMonthlyBenefit);
        Assert.Contains(onPrem.Notes, n => n.Contains("税", StringComparison.Ordinal));

        // Fixed only: 3,600,000 / 60 + 40,000 = 100,000; accuracy 3/3 → 100,000 / 900 = 111.11 per correct answer.
        Assert.Equal(100_000, onPrem.Cost.MonthlyTotal!.Value!.Value, 8);
        Assert.Equal(111.111111, onPrem.CostPerCorrectAnswer!.Value, 5);
    }

    [Fact]
    public async Task Gives_the_break_even_volume_of_each_pair_of_priced_providers()
    {
        EconomicsAnalysis analysis = EconomicsAnalysisBuilder.Build(await SaveThreeProvidersAsync());

        // cloud 1500 + 0.0675 v = on-prem 100,000 → v = 98,500 / 0.0675 = 1,459,259.26.
        BreakEven breakEven = Assert.Single(analysis.BreakEvens);
        Assert.Equal(("cloud", "onprem"), (breakEven.FirstProviderId, breakEven.SecondProviderId));
        Assert.Equal(1_459_259.259, breakEven.Volume!.Value, 2);
        Assert.Equal(("cloud", "onprem", "cloud"), (breakEven.CheaperBelow, breakEven.CheaperAbove, breakEven.CheaperAtPlanVolume));
    }

    [Fact]
    public async Task Refuses_a_pricing_currency_without_an_exchange_rate_listing_every_missing_rate()
    {
        EvalPlan plan = PricedRun.Plan(
            Yen with { Exchange = new Dictionary<string, double>() },
            PricedRun.Provider("cloud", CloudPricing),
            PricedRun.Provider("eu", CloudPricing with { Currency = "EUR" }),
            PricedRun.Provider("onprem", OnPremPricing));
        await using PricedRun run = await PricedRun.CreateAsync(folder, Items, plan);
        RunResults results = await run.SaveAsync();

        var exception = Assert.Throws<InputException>(() => EconomicsAnalysisBuilder.Build(results));

        InputError error = Assert.Single(exception.Errors);
        Assert.Equal(("/plans/plan.yaml", "economics.exchange"), (error.File, error.Field));
        Assert.Contains("USD → JPY（方式: cloud）", error.Message, StringComparison.Ordinal);
        Assert.Contains("EUR → JPY（方式: eu）", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Says_that_nothing_was_estimated_when_the_plan_has_no_economics()
    {
        await using PricedRun run = await PricedRun.CreateAsync(folder, Items, PricedRun.Plan(null, PricedRun.Provider("cloud", CloudPricing)));
        run.Answer("a1", "cloud", correct: true, 1000, 500);

        EconomicsAnalysis analysis = EconomicsAnalysisBuilder.Build(await run.SaveAsync());

        Assert.False(analysis.HasEconomics);
        Assert.Empty(analysis.Providers);
        Assert.Contains("economics", Assert.Single(analysis.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serialises_to_json_and_back_without_losing_a_figure()
    {
        EconomicsAnalysis analysis = EconomicsAnalysisBuilder.Build(await SaveThreeProvidersAsync());

        string json = JsonSerializer.Serialize(analysis, ReflectionJson.Options);
        EconomicsAnalysis back = JsonSerializer.Deserialize<EconomicsAnalysis>(json, ReflectionJson.Options)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, ReflectionJson.Options));
        Assert.Contains("\"basis\":\"gold-set-estimate\"", json, StringComparison.Ordinal);
        Assert.Contains("\"basis_label\":\"ゴールドセットによる推計\"", json, StringComparison.Ordinal);
        Assert.Contains("\"assumption\":\"月間件数のすべてをAIに回した場合\"", json, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"pricing-not-set\"", json, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"no-scored-answers\"", json, StringComparison.Ordinal);
    }

    private static int Successes(Estimate accuracy) => (int)Math.Round(accuracy.Value!.Value * accuracy.N);

    private async Task<RunResults> SaveThreeProvidersAsync()
    {
        EvalPlan plan = PricedRun.Plan(
            Yen, PricedRun.Provider("cloud", CloudPricing), PricedRun.Provider("platform", null), PricedRun.Provider("onprem", OnPremPricing));
        PricedRun run = await PricedRun.CreateAsync(folder, Items, plan);
        run.Answer("a1", "cloud", correct: true, 1200, 400)
            .Answer("a2", "cloud", correct: false, 800, 600)
            .Answer("t1", "cloud", correct: true, 1000, 500)
            .Answer("t2", "cloud", correct: true, 1000, 500)
            .Answer("o1", "cloud", correct: null, 1000, 500)
            .Answer("g1", "cloud", correct: true, 1000, 500)
            .NotAnswered("a1", "platform", ResponseStatus.Withheld)
            .Answer("a2", "platform", correct: true)
            .Answer("t1", "platform", correct: true)
            .Answer("t2", "platform", correct: true)
            .Answer("a1", "onprem", correct: true)
            .Answer("a2", "onprem", correct: true)
            .Answer("g1", "onprem", correct: true)
            .NotAnswered("t1", "onprem", ResponseStatus.Timeout)
            .NotAnswered("t2", "onprem", ResponseStatus.Error)
            .NotAnswered("o1", "onprem", ResponseStatus.Withheld);
        RunResults results = await run.SaveAsync();
        await run.DisposeAsync();
        return results;
    }
}
