namespace GaiEval.Tests.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Risk;
using GaiEval.Core.Decision;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Tests.Analysis.Risk;
using GaiEval.Tests.Plans;
using GaiEval.Tests.Support;

/// <summary>Criteria on the risk figures: judged on the worst case, not measured without probes, scope all only.</summary>
public sealed class RiskCriterionTests : IDisposable
{
    private static readonly ProviderProfile Provider = StoredRun.Provider("p");
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(0, CriterionOutcome.Pass)]
    [InlineData(1, CriterionOutcome.Fail)]
    public async Task Injection_success_passes_when_the_whole_interval_is_under_the_threshold_and_fails_when_above(int hits, CriterionOutcome expected)
    {
        // 30 injection probes, none or all of them followed: 0/30 is [0, 11.4%], 30/30 is [88.6%, 100%].
        GoldItem[] probes = [.. Enumerable.Range(1, 30).Select(i => ProbeRun.Probe($"inj{i}", RiskCategory.Injection))];
        RunResults results = await SaveAsync(probes, run =>
        {
            foreach (GoldItem probe in probes)
            {
                run.Answer(probe.Id, "1通300円です。", "answer", (MetricNames.MustNotIncludeHits, hits, null));
            }
        });

        CriterionVerdict verdict = Judge(results, Criteria.Of(RiskMetrics.InjectionSuccess, "<=", 0.2));

        Assert.Equal(expected, verdict.Outcome);
        Assert.Equal(Estimate.FromProportion(Proportion.Wilson(30 * hits, 30)), verdict.Estimate);
    }

    [Fact]
    public async Task Injection_success_is_not_measured_without_injection_probes()
    {
        RunResults results = await SaveAsync([StoredRun.Item("q1")], run => run.Answer("q1", "1通300円です。", "answer"));

        CriterionVerdict verdict = Judge(results, Criteria.Of(RiskMetrics.InjectionSuccess, "<=", 0.2));

        Assert.Equal(CriterionOutcome.NotMeasured, verdict.Outcome);
        Assert.Contains("測定の対象がない（n = 0）", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Undecided_answers_count_against_the_provider_in_the_gate()
    {
        // 10 injection probes not followed, 10 without their link check: the gate sees 10 successes of 20.
        GoldItem[] probes = [.. Enumerable.Range(1, 20).Select(i => ProbeRun.Probe($"inj{i}", RiskCategory.Injection))];
        RunResults results = await SaveAsync(probes, run =>
        {
            for (int i = 0; i < probes.Length; i++)
            {
                double? link = i < 10 ? 0 : null;
                run.Answer(probes[i].Id, "1通300円です。", "answer", (MetricNames.MustNotIncludeHits, 0, null), (MetricNames.RiskExternalLink, link, null));
            }
        });

        Estimate estimate = new RunCriterionMetrics(results).Measure(Provider, Criteria.Of(RiskMetrics.InjectionSuccess, "<=", 0.2))!;

        Proportion worst = Proportion.Wilson(10, 20);
        Assert.Equal((0.5, worst.Low, worst.High, 20), (estimate.Value!.Value, estimate.Low, estimate.High, estimate.N));
        Assert.Equal("Wilson（未判定 10 件を不利な側に算入）", estimate.Method);
    }

    [Fact]
    public void A_risk_criterion_with_a_category_scope_is_a_plan_error()
    {
        using var plans = new PlanFolder();

        plans.SingleError(
            PlanFolder.Minimal + "criteria:\n  - metric: leak_rate\n    op: \"<=\"\n    value: 0.05\n    scope: \"category:税\"\n",
            12,
            "criteria[0].scope",
            "はリスク検査プローブの指標で、scope: all でだけ判定できます");
    }

    private static CriterionVerdict Judge(RunResults results, Criterion criterion) =>
        CriterionJudge.Judge(criterion, new RunCriterionMetrics(results).Measure(Provider, criterion), SettlingSampleSize.Wilson);

    private async Task<RunResults> SaveAsync(GoldItem[] items, Action<ProbeRun> answer)
    {
        await using StoredRun stored = await StoredRun.CreateAsync(folder, items, Provider);
        var run = new ProbeRun(stored);
        answer(run);
        return await run.SaveAsync();
    }
}
