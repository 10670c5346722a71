namespace GaiEval.Tests.Analysis.Review;

using GaiEval.Core.Analysis.Review;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Scoring;
using GaiEval.Tests.Support;

public sealed class JudgeUsageTests : IDisposable
{
    private const string Model = "gpt-4o-mini-2024-07-18";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    public static ProviderProfile JudgeProfile(Pricing? pricing = null) =>
        StoredRun.Provider(ReviewedRun.Judge) with { Name = "判定用モデル", Pricing = pricing };

    [Fact]
    public async Task The_metrics_of_one_call_count_once_and_calls_tokens_and_times_are_summed()
    {
        await using ReviewedRun run = await ReviewedRun.CreateAsync(
            folder, 3, StoredRun.PlanOf(StoredRun.Provider("cloud")) with { Judges = [JudgeProfile()] });
        run.Answer("q001", "cloud").Answer("q002", "cloud").Answer("q003", "cloud")
            .Judged("q001", "cloud", "RubricJudge", new(ReviewedRun.Judge, Model, 1000, 100, 800), (MetricNames.JudgeRubric, 5), (MetricNames.JudgeRubricMet, 1))
            .Judged("q001", "cloud", "GroundednessJudge", new(ReviewedRun.Judge, Model, 1200, 150, 1200, Attempts: 2),
                (MetricNames.JudgeGroundedness, 4), (MetricNames.JudgeUnsupportedClaimRate, 0))
            .Judged("q002", "cloud", "RubricJudge", new(ReviewedRun.Judge, Model, 900, 90, 600), (MetricNames.JudgeRubric, 2), (MetricNames.JudgeRubricMet, 0))
            .Score("q003", "cloud", MetricNames.JudgeEquivalence, null, ScoringJudge.AboveClearanceMessage(ReviewedRun.Judge, Sensitivity.Confidential));

        JudgeUsage usage = Assert.Single(ScoringReliabilityBuilder.Build(await run.SaveAsync()).JudgeUsage);

        Assert.Equal((ReviewedRun.Judge, "判定用モデル"), (usage.ProviderId, usage.Name));
        Assert.Equal([Model], usage.Models);
        Assert.Equal((2, 3, 4), (usage.AnswersJudged, usage.Evaluations, usage.Calls));
        Assert.Equal((3100L, 340L), (usage.InputTokens, usage.OutputTokens));
        // Latencies 600, 800, 1200 ms: p95 at rank 0.95 × 2 = 1.9 → 800 + 0.9 × 400.
        Assert.Equal(800, usage.LatencyP50Ms);
        Assert.Equal(1160, usage.LatencyP95Ms!.Value, 9);
        Assert.Equal((null, null, "料金未設定"), (usage.Cost, usage.CostPerAnswer, usage.CostMessage));
    }

    [Fact]
    public async Task Usd_prices_are_converted_at_the_plans_exchange_rate()
    {
        var pricing = new Pricing { Currency = "USD", InputPer1M = 0.15, OutputPer1M = 0.6, MonthlyFixed = 1000 };
        var economics = new Economics { Currency = "JPY", Exchange = new Dictionary<string, double> { ["USD"] = 150 } };
        await using ReviewedRun run = await ReviewedRun.CreateAsync(
            folder, 2, StoredRun.PlanOf(StoredRun.Provider("cloud")) with { Judges = [JudgeProfile(pricing)], Economics = economics });
        run.Answer("q001", "cloud").Answer("q002", "cloud")
            .Judged("q001", "cloud", "EquivalenceJudge", new(ReviewedRun.Judge, Model, 10_000, 2_000, 900), (MetricNames.JudgeEquivalence, 5))
            .Judged("q002", "cloud", "EquivalenceJudge", new(ReviewedRun.Judge, Model, 30_000, 3_000, 700), (MetricNames.JudgeEquivalence, 2));

        JudgeUsage usage = Assert.Single(ScoringReliabilityBuilder.Build(await run.SaveAsync()).JudgeUsage);

        // (40,000 × 0.15 + 5,000 × 0.6) / 1M = 0.009 USD × 150 = 1.35 円; the monthly fixed fee is not a token cost.
        Assert.Equal(1.35, usage.Cost!.Value, 12);
        Assert.Equal(0.675, usage.CostPerAnswer!.Value, 12);
        Assert.Equal(("JPY", "USD", 150.0), (usage.Currency, usage.PricingCurrency, usage.ExchangeRate));
        Assert.Null(usage.CostMessage);
    }

    [Fact]
    public async Task A_judge_among_the_providers_is_priced_by_its_profile_in_its_own_currency_without_economics()
    {
        ProviderProfile local = StoredRun.Provider("local") with { Pricing = new Pricing { InputPer1M = 50, OutputPer1M = 200 } };
        await using ReviewedRun run = await ReviewedRun.CreateAsync(folder, 1, StoredRun.Provider("cloud"), local);
        run.Answer("q001", "cloud")
            .Judged("q001", "cloud", "RelevanceJudge", new("local", "llama3.1", 2_000, 500, 3000), (MetricNames.JudgeRelevance, 4));

        JudgeUsage usage = Assert.Single(ScoringReliabilityBuilder.Build(await run.SaveAsync()).JudgeUsage);

        Assert.Equal(("local", "local の表示名"), (usage.ProviderId, usage.Name));
        // (2,000 × 50 + 500 × 200) / 1M = 0.2 円.
        Assert.Equal(0.2, usage.Cost!.Value, 12);
        Assert.Equal(("JPY", "JPY", 1.0), (usage.Currency, usage.PricingCurrency, usage.ExchangeRate));
    }

    [Fact]
    public async Task A_pricing_currency_without_an_exchange_rate_gives_no_cost_and_says_which_rate_is_missing()
    {
        var pricing = new Pricing { Currency = "USD", InputPer1M = 0.15 };
        await using ReviewedRun run = await ReviewedRun.CreateAsync(
            folder, 1, StoredRun.PlanOf(StoredRun.Provider("cloud")) with { Judges = [JudgeProfile(pricing)], Economics = new Economics() });
        run.Answer("q001", "cloud")
            .Judged("q001", "cloud", "EquivalenceJudge", new(ReviewedRun.Judge, Model, 1_000, 100, 500), (MetricNames.JudgeEquivalence, 5));

        JudgeUsage usage = Assert.Single(ScoringReliabilityBuilder.Build(await run.SaveAsync()).JudgeUsage);

        Assert.Null(usage.Cost);
        Assert.Equal("為替レートがありません: USD → JPY", usage.CostMessage);
    }

    [Fact]
    public async Task Judges_are_listed_in_plan_order_each_with_its_own_calls()
    {
        ProviderProfile second = StoredRun.Provider("judge-b");
        await using ReviewedRun run = await ReviewedRun.CreateAsync(
            folder, 2, StoredRun.PlanOf(StoredRun.Provider("cloud")) with { Judges = [JudgeProfile(), second] });
        run.Answer("q001", "cloud").Answer("q002", "cloud")
            .Judged("q001", "cloud", "EquivalenceJudge", new("judge-b", "model-b", 10, 1, 5), (MetricNames.JudgeEquivalence, 5))
            .Judged("q002", "cloud", "EquivalenceJudge", new(ReviewedRun.Judge, Model, 20, 2, 6), (MetricNames.JudgeEquivalence, 5));

        IReadOnlyList<JudgeUsage> usage = ScoringReliabilityBuilder.Build(await run.SaveAsync()).JudgeUsage;

        Assert.Equal([(ReviewedRun.Judge, 20L), ("judge-b", 10L)], usage.Select(u => (u.ProviderId, u.InputTokens)));
    }

    [Fact]
    public async Task Judge_scores_without_a_call_and_runs_without_a_judge_have_no_usage()
    {
        await using ReviewedRun run = await ReviewedRun.CreateAsync(folder, 2, "cloud");
        run.Answer("q001", "cloud", rule: true)
            .Answer("q002", "cloud")
            .Score("q002", "cloud", MetricNames.JudgeEquivalence, null, ScoringJudge.AboveClearanceMessage(ReviewedRun.Judge, Sensitivity.Confidential));

        Assert.Empty(ScoringReliabilityBuilder.Build(await run.SaveAsync()).JudgeUsage);
    }
}
