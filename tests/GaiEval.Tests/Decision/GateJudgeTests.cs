namespace GaiEval.Tests.Decision;

using GaiEval.Core.Decision;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Tests.Support;

public sealed class GateJudgeTests
{
    private static readonly Criterion Accuracy = Criteria.Of(DecisionMetrics.Accuracy, ">=", 0.85);
    private static readonly Criterion Latency = Criteria.Of(DecisionMetrics.LatencyP95Seconds, "<=", 8, required: false);

    [Fact]
    public void Judges_every_provider_of_the_plan_on_every_criterion_in_order()
    {
        EvalPlan plan = Plan([Accuracy, Latency], Candidate("cloud"), StoredRun.Provider("baseline"));
        var metrics = new FixedMetrics()
            .Set("cloud", DecisionMetrics.Accuracy, Criteria.Interval(0.92, 0.88, 0.95))
            .Set("baseline", DecisionMetrics.Accuracy, Criteria.Interval(0.40, 0.33, 0.48));

        GateDecision decision = new GateJudge(metrics, Criteria.NeverAsked).Decide(Run(plan), plan);

        Assert.Equal(["cloud", "baseline"], decision.Providers.Select(p => p.Provider.Id));
        Assert.Equal([OverallOutcome.Go, OverallOutcome.NoGo], decision.Providers.Select(p => p.Outcome));
        Assert.Equal(
            [CriterionOutcome.Pass, CriterionOutcome.NotMeasured],
            decision.Providers[0].Criteria.Select(c => c.Outcome));
        Assert.Equal(4, metrics.Asked.Count);
        Assert.Equal([Accuracy, Latency], metrics.Asked.Where(a => a.Provider == "cloud").Select(a => a.Criterion));
    }

    [Fact]
    public void The_run_s_own_criteria_are_not_flagged()
    {
        EvalPlan plan = Plan([Accuracy, Latency], Candidate("cloud"));

        GateDecision decision = new GateJudge(new FixedMetrics(), (_, _) => null).Decide(Run(plan), plan);

        Assert.False(decision.CriteriaChanged);
        Assert.Null(decision.CriteriaWarning);
        Assert.Empty(decision.Warnings);
        Assert.Equal(PlanSnapshot.CriteriaHash(plan), decision.CriteriaHash);
    }

    [Fact]
    public void Criteria_that_differ_from_those_fixed_at_the_start_are_flagged_with_both_hashes()
    {
        EvalPlan plan = Plan([Accuracy], Candidate("cloud"));
        Criterion looser = Accuracy with { Value = 0.80 };

        GateDecision decision = new GateJudge(new FixedMetrics(), (_, _) => null).Decide(Run(plan), plan, [looser]);

        Assert.True(decision.CriteriaChanged);
        Assert.Equal([looser], decision.Criteria);
        Assert.Equal(PlanSnapshot.CriteriaHash(plan with { Criteria = [looser] }), decision.CriteriaHash);
        Assert.Equal(PlanSnapshot.CriteriaHash(plan), decision.FixedCriteriaHash);
        string warning = Assert.Single(decision.Warnings);
        Assert.Equal(decision.CriteriaWarning, warning);
        Assert.Contains($"開始時 {decision.FixedCriteriaHash[..12]}…、今回 {decision.CriteriaHash[..12]}…", warning, StringComparison.Ordinal);
        Assert.Contains("事前に決めた基準による判定ではありません", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_only_the_rationale_still_counts_as_a_change()
    {
        EvalPlan plan = Plan([Accuracy with { Why = "窓口案内として誤答は1割未満に" }], Candidate("cloud"));

        GateDecision decision = new GateJudge(new FixedMetrics(), (_, _) => null).Decide(Run(plan), plan, [Accuracy with { Why = "別の理由" }]);

        Assert.True(decision.CriteriaChanged);
    }

    [Fact]
    public void A_run_that_did_not_finish_is_warned_about()
    {
        EvalPlan plan = Plan([Accuracy], Candidate("cloud"));

        GateDecision decision = new GateJudge(new FixedMetrics(), (_, _) => null).Decide(Run(plan) with { Status = RunStatus.Interrupted }, plan);

        Assert.Equal(["この実行は完了していません（中断）。判定は保存済みの回答だけによります。"], decision.Warnings);
    }

    [Theory]
    [InlineData(new[] { 0.95 }, OverallOutcome.Go)]
    [InlineData(new[] { 0.95, 0.95 }, OverallOutcome.Go)]
    [InlineData(new[] { 0.95, 0.86 }, OverallOutcome.NeedsMoreEvidence)]
    [InlineData(new[] { 0.86, 0.50 }, OverallOutcome.NoGo)]
    [InlineData(new[] { 0.95, 0.50 }, OverallOutcome.NoGo)]
    public void The_candidates_verdict_is_no_go_before_inconclusive_before_go(double[] accuracies, OverallOutcome expected)
    {
        ProviderProfile[] candidates = [.. accuracies.Select((_, i) => Candidate($"c{i}"))];
        EvalPlan plan = Plan([Accuracy], [.. candidates, StoredRun.Provider("not-a-candidate")]);
        var metrics = new FixedMetrics().Set("not-a-candidate", DecisionMetrics.Accuracy, Criteria.Interval(0.3, 0.2, 0.4));
        for (int i = 0; i < accuracies.Length; i++)
        {
            metrics.Set($"c{i}", DecisionMetrics.Accuracy, Criteria.Interval(accuracies[i], accuracies[i] - 0.04, accuracies[i] + 0.04));
        }

        GateDecision decision = new GateJudge(metrics, (_, _) => null).Decide(Run(plan), plan);

        Assert.Equal(expected, decision.CandidatesOutcome);
        Assert.Equal(accuracies.Length, decision.Candidates.Count);
    }

    [Fact]
    public void Without_candidates_there_is_no_candidates_verdict()
    {
        EvalPlan plan = Plan([Accuracy], StoredRun.Provider("baseline"));

        GateDecision decision = new GateJudge(new FixedMetrics(), (_, _) => null).Decide(Run(plan), plan);

        Assert.Null(decision.CandidatesOutcome);
        Assert.Single(decision.Providers);
    }

    private static ProviderProfile Candidate(string id) => StoredRun.Provider(id) with { Candidate = true };

    private static EvalPlan Plan(IReadOnlyList<Criterion> criteria, params ProviderProfile[] providers) =>
        new() { Name = "判定の計画", PlanFile = "plan.yaml", TestSet = "items.jsonl", Providers = providers, Criteria = criteria };

    private static RunInfo Run(EvalPlan plan) => new()
    {
        RunId = "20261127-090000-abcd",
        PlanName = plan.Name,
        PlanFile = plan.PlanFile,
        PlanJson = PlanSnapshot.ToJson(plan),
        TestSetPath = plan.TestSet,
        TestSetHash = new string('a', 64),
        ItemCount = 10,
        Repeats = 1,
        ToolVersion = "test",
        CriteriaJson = PlanSnapshot.CriteriaJson(plan),
        CriteriaHash = PlanSnapshot.CriteriaHash(plan),
        StartedAt = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(9)),
        Status = RunStatus.Scored,
    };
}
