namespace GaiEval.Tests.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Decision;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Tests.Support;

/// <summary>The gate's metric source: Wilson shares by scope, whole-run figures from the analysis, money and time from the economics.</summary>
public sealed class RunCriterionMetricsTests : IDisposable
{
    private static readonly ProviderProfile Cloud = StoredRun.Provider("cloud");
    private static readonly ProviderProfile Other = StoredRun.Provider("other");
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Accuracy_is_the_wilson_share_of_correct_answers_of_the_provider_in_the_scope()
    {
        RunResults results = await SaveAsync();
        var metrics = new RunCriterionMetrics(results);

        Estimate all = metrics.Measure(Cloud, Criteria.Of(DecisionMetrics.Accuracy, ">=", 0.85))!;
        Estimate tax = metrics.Measure(Cloud, Criteria.Of(DecisionMetrics.Accuracy, ">=", 0.85, scope: "category:税"))!;
        Estimate dialogue = metrics.Measure(Cloud, Criteria.Of(DecisionMetrics.Accuracy, ">=", 0.85, scope: "use:対話生成"))!;

        Assert.Equal(Estimate.FromProportion(Proportion.Wilson(3, 5)), all);
        Assert.Equal(Estimate.FromProportion(Proportion.Wilson(1, 2)), tax);
        Assert.Equal(Estimate.FromProportion(Proportion.Wilson(3, 4)), dialogue);
        Assert.Equal(Estimate.FromProportion(Proportion.Wilson(0, 5)), metrics.Measure(Other, Criteria.Of(DecisionMetrics.Accuracy, ">=", 0.85)));
    }

    [Fact]
    public async Task Refusal_accuracy_counts_only_the_items_that_expect_a_refusal()
    {
        RunResults results = await SaveAsync();

        Estimate? refusals = new RunCriterionMetrics(results).Measure(Cloud, Criteria.Of(DecisionMetrics.RefusalAccuracy, ">=", 0.95));

        Assert.Equal(Estimate.FromProportion(Proportion.Wilson(1, 2)), refusals);
    }

    [Fact]
    public async Task A_scope_without_items_has_an_estimate_with_no_value()
    {
        RunResults results = await SaveAsync();

        Estimate? estimate = new RunCriterionMetrics(results).Measure(Cloud, Criteria.Of(DecisionMetrics.Accuracy, ">=", 0.85, scope: "category:防災"));

        Assert.NotNull(estimate);
        Assert.Null(estimate.Value);
        Assert.Equal(0, estimate.N);
    }

    [Fact]
    public async Task Error_rate_and_p95_latency_come_from_the_run_analysis()
    {
        RunResults results = await SaveAsync();
        var metrics = new RunCriterionMetrics(results);

        Estimate errors = metrics.Measure(Cloud, Criteria.Of(DecisionMetrics.ErrorRate, "<=", 0.05))!;
        Estimate latency = metrics.Measure(Cloud, Criteria.Of(DecisionMetrics.LatencyP95Seconds, "<=", 8))!;

        // 8 answered calls and 1 timeout: 1/9, as a Wilson share; every answer took 900 ms.
        Assert.Equal(Estimate.FromProportion(Proportion.Wilson(1, 9)), errors);
        Assert.Equal((0.9, 0.9, 0.9), (latency.Value!.Value, latency.Low, latency.High));
    }

    [Theory]
    [InlineData(DecisionMetrics.MonthlyCost, "<=")]
    [InlineData(DecisionMetrics.CostPerCorrect, "<=")]
    [InlineData(DecisionMetrics.HoursSavedMonthly, ">=")]
    [InlineData(DecisionMetrics.NetBenefitMonthly, ">=")]
    public async Task Money_and_time_are_not_measured_without_prices_and_economics_in_the_plan(string metric, string op)
    {
        RunResults results = await SaveAsync();

        Assert.Null(new RunCriterionMetrics(results).Measure(Cloud, Criteria.Of(metric, op, 1)));
    }

    [Theory]
    [InlineData(DecisionMetrics.ErrorRate, "<=")]
    [InlineData(DecisionMetrics.LatencyP95Seconds, "<=")]
    public async Task Whole_run_figures_are_not_measured_for_a_narrower_scope(string metric, string op)
    {
        RunResults results = await SaveAsync();

        Assert.Null(new RunCriterionMetrics(results).Measure(Cloud, Criteria.Of(metric, op, 1, scope: "category:税")));
    }

    private async Task<RunResults> SaveAsync()
    {
        GoldItem[] items =
        [
            StoredRun.Item("q1"),
            StoredRun.Item("q2"),
            StoredRun.Item("q3") with { Category = "税" },
            StoredRun.Item("q4") with { Category = "税", Use = ItemUses.DocumentDrafting },
            StoredRun.Item("q5"),
            StoredRun.Item("r1", Expectation.Refuse),
            StoredRun.Item("r2", Expectation.Refuse),
            StoredRun.Item("open", hasRule: false),
            StoredRun.Item("failed"),
        ];
        await using StoredRun run = await StoredRun.CreateAsync(folder, items, Cloud, Other);
        run.Answer("q1", "cloud", "300円です", correct: true, latencyMs: 900)
            .Answer("q2", "cloud", "300円です", correct: true, latencyMs: 900)
            .Answer("q3", "cloud", "300円です", correct: true, latencyMs: 900)
            .Answer("q4", "cloud", "わかりません", correct: false, latencyMs: 900)
            .Answer("q5", "cloud", "わかりません", correct: false, latencyMs: 900)
            .Answer("r1", "cloud", "お答えできません", correct: null, latencyMs: 900, behaviourMatches: true)
            .Answer("r2", "cloud", "回答します", correct: null, latencyMs: 900, behaviourMatches: false)
            .Answer("open", "cloud", "案です", correct: null, latencyMs: 900)
            .Fail("failed", "cloud", ResponseStatus.Timeout, "timeout");
        foreach (string id in new[] { "q1", "q2", "q3", "q4", "q5" })
        {
            run.Answer(id, "other", "不明", correct: false, latencyMs: 900);
        }

        return await run.SaveAsync();
    }
}
