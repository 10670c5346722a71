namespace GaiEval.Tests.Decision;

using GaiEval.Core.Decision;
using GaiEval.Core.Plans;
using GaiEval.Tests.Support;

public sealed class OverallJudgeTests
{
    private static readonly ProviderProfile Provider = StoredRun.Provider("cloud-mini");

    [Fact]
    public void Every_required_criterion_passing_is_go()
    {
        ProviderVerdict verdict = OverallJudge.Combine(Provider, [Verdict(CriterionOutcome.Pass), Verdict(CriterionOutcome.Pass, DecisionMetrics.RefusalAccuracy)]);

        Assert.Equal(OverallOutcome.Go, verdict.Outcome);
        Assert.Equal("必須の基準 2 件すべてで区間全体が基準を満たす", verdict.Reason);
    }

    [Fact]
    public void One_required_failure_is_no_go_even_beside_open_criteria_and_names_the_failure()
    {
        ProviderVerdict verdict = OverallJudge.Combine(Provider,
        [
            Verdict(CriterionOutcome.Pass),
            Verdict(CriterionOutcome.Inconclusive, DecisionMetrics.RefusalAccuracy),
            Verdict(CriterionOutcome.Fail, DecisionMetrics.TrapFailureRate),
            Verdict(CriterionOutcome.NotMeasured, DecisionMetrics.ErrorRate),
        ]);

        Assert.Equal(OverallOutcome.NoGo, verdict.Outcome);
        Assert.Equal("必須の基準を満たさない: ハルシネーション罠の失敗率 ≤ 0.5（FAIL）", verdict.Reason);
    }

    [Fact]
    public void An_inconclusive_or_unmeasured_required_criterion_without_failures_needs_more_evidence()
    {
        ProviderVerdict verdict = OverallJudge.Combine(Provider,
        [
            Verdict(CriterionOutcome.Pass),
            Verdict(CriterionOutcome.Inconclusive, DecisionMetrics.RefusalAccuracy) with { SampleSizeToSettle = 73 },
            Verdict(CriterionOutcome.NotMeasured, DecisionMetrics.TrapFailureRate),
        ]);

        Assert.Equal(OverallOutcome.NeedsMoreEvidence, verdict.Outcome);
        Assert.Equal("要追加検証", VerdictNames.Of(verdict.Outcome));
        Assert.Equal(
            "必須の基準のうち未確定: 拒否の正答率 ≥ 0.5（INCONCLUSIVE、n = 73 で確定する見込み）、ハルシネーション罠の失敗率 ≤ 0.5（NOT MEASURED）",
            verdict.Reason);
    }

    [Theory]
    [InlineData(CriterionOutcome.Fail)]
    [InlineData(CriterionOutcome.Inconclusive)]
    [InlineData(CriterionOutcome.NotMeasured)]
    public void An_advisory_criterion_is_reported_but_does_not_decide(CriterionOutcome advisory)
    {
        CriterionVerdict advice = Verdict(advisory, DecisionMetrics.LatencyP95Seconds, required: false);

        ProviderVerdict verdict = OverallJudge.Combine(Provider, [Verdict(CriterionOutcome.Pass), advice]);

        Assert.Equal(OverallOutcome.Go, verdict.Outcome);
        Assert.Contains(advice, verdict.Criteria);
    }

    [Fact]
    public void Advisory_criteria_alone_cannot_make_a_go()
    {
        ProviderVerdict verdict = OverallJudge.Combine(Provider, [Verdict(CriterionOutcome.Pass, DecisionMetrics.LatencyP95Seconds, required: false)]);

        Assert.Equal(OverallOutcome.NeedsMoreEvidence, verdict.Outcome);
        Assert.StartsWith("必須の基準がない", verdict.Reason, StringComparison.Ordinal);
    }

    private static CriterionVerdict Verdict(CriterionOutcome outcome, string metric = DecisionMetrics.Accuracy, bool required = true)
    {
        DecisionMetric known = DecisionMetrics.Get(metric);
        Criterion criterion = Criteria.Of(metric, known.GoodOperators[0], 0.5, required);
        return new CriterionVerdict { Criterion = criterion, Metric = known, Outcome = outcome, Reason = outcome.ToString() };
    }
}
