namespace GaiEval.Tests.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Decision;
using GaiEval.Core.Plans;

public sealed class CriterionJudgeTests
{
    [Theory]
    [InlineData(">=", 0.85, 0.95, CriterionOutcome.Pass)]
    [InlineData(">=", 0.80, 0.85, CriterionOutcome.Inconclusive)]
    [InlineData(">=", 0.75, 0.8499, CriterionOutcome.Fail)]
    [InlineData(">", 0.85, 0.95, CriterionOutcome.Inconclusive)]
    [InlineData(">", 0.8501, 0.95, CriterionOutcome.Pass)]
    [InlineData(">", 0.80, 0.85, CriterionOutcome.Fail)]
    [InlineData("<=", 0.75, 0.85, CriterionOutcome.Pass)]
    [InlineData("<=", 0.85, 0.95, CriterionOutcome.Inconclusive)]
    [InlineData("<=", 0.8501, 0.95, CriterionOutcome.Fail)]
    [InlineData("<", 0.75, 0.85, CriterionOutcome.Inconclusive)]
    [InlineData("<", 0.75, 0.8499, CriterionOutcome.Pass)]
    [InlineData("<", 0.85, 0.95, CriterionOutcome.Fail)]
    public void An_interval_touching_the_threshold_counts_for_the_inclusive_operators_only(string op, double low, double high, CriterionOutcome expected)
    {
        Criterion criterion = Criteria.Of(DecisionMetrics.Accuracy, op, 0.85);

        CriterionVerdict verdict = CriterionJudge.Judge(criterion, Criteria.Interval((low + high) / 2, low, high), (_, _) => 400);

        Assert.Equal(expected, verdict.Outcome);
    }

    [Theory]
    [InlineData(">=", CriterionOutcome.Pass)]
    [InlineData(">", CriterionOutcome.Fail)]
    [InlineData("<=", CriterionOutcome.Pass)]
    [InlineData("<", CriterionOutcome.Fail)]
    public void An_exact_figure_equal_to_the_threshold_is_settled_by_the_operator(string op, CriterionOutcome expected)
    {
        Criterion criterion = Criteria.Of(DecisionMetrics.HoursSavedMonthly, op, 160);

        CriterionVerdict verdict = CriterionJudge.Judge(criterion, Estimate.Exact(160, 1, "fixed volume"), Criteria.NeverAsked);

        Assert.Equal(expected, verdict.Outcome);
    }

    [Fact]
    public void A_pass_gives_the_figure_its_interval_and_the_threshold_in_japanese()
    {
        CriterionVerdict verdict = CriterionJudge.Judge(
            Criteria.Of(DecisionMetrics.Accuracy, ">=", 0.85), Criteria.Interval(0.912, 0.874, 0.940, 250), Criteria.NeverAsked);

        Assert.Equal(CriterionOutcome.Pass, verdict.Outcome);
        Assert.Equal("正答率 0.912 [0.874, 0.940] ≥ 0.85: 区間全体が基準を満たす", verdict.Reason);
        Assert.Null(verdict.SampleSizeToSettle);
        Assert.Equal(250, verdict.Estimate!.N);
    }

    [Fact]
    public void A_fail_names_the_scope_and_the_unit()
    {
        CriterionVerdict verdict = CriterionJudge.Judge(
            Criteria.Of(DecisionMetrics.LatencyP95Seconds, "<=", 8, required: false, scope: "use:対話生成"),
            new Estimate(9.5, 8.1, 11.25, 120, "bootstrap (2000)"),
            Criteria.NeverAsked);

        Assert.Equal(CriterionOutcome.Fail, verdict.Outcome);
        Assert.Equal("応答時間（95パーセンタイル）（用途「対話生成」） 9.50 [8.10, 11.25] 秒 ≤ 8 秒: 区間全体が基準を満たさない", verdict.Reason);
    }

    [Fact]
    public void An_exact_money_figure_is_written_without_an_interval_and_with_separators()
    {
        CriterionVerdict verdict = CriterionJudge.Judge(
            Criteria.Of(DecisionMetrics.MonthlyCost, "<=", 300_000), Estimate.Exact(120_000, 1, "fixed prices"), Criteria.NeverAsked);

        Assert.Equal("月額費用 120,000 円/月 ≤ 300,000 円/月: 区間全体が基準を満たす", verdict.Reason);
    }

    [Fact]
    public void An_inconclusive_criterion_carries_the_sample_size_the_caller_computes_for_its_estimate_and_threshold()
    {
        Estimate estimate = Criteria.Interval(0.87, 0.81, 0.91, 150);
        (Estimate, double)? asked = null;

        CriterionVerdict verdict = CriterionJudge.Judge(
            Criteria.Of(DecisionMetrics.Accuracy, ">=", 0.85, scope: "category:税"), estimate, (e, t) => { asked = (e, t); return 1234; });

        Assert.Equal(CriterionOutcome.Inconclusive, verdict.Outcome);
        Assert.Equal((estimate, 0.85), asked);
        Assert.Equal(1234, verdict.SampleSizeToSettle);
        Assert.Equal("正答率（業務分野「税」） 0.870 [0.810, 0.910] ≥ 0.85: 区間が基準値をまたぐため未確定（観測値のままなら n = 1234 で確定する見込み）", verdict.Reason);
    }

    [Fact]
    public void An_inconclusive_criterion_says_so_when_no_sample_size_can_be_told()
    {
        CriterionVerdict verdict = CriterionJudge.Judge(
            Criteria.Of(DecisionMetrics.Accuracy, ">=", 0.85), Criteria.Interval(0.85, 0.80, 0.90), (_, _) => null);

        Assert.Equal(CriterionOutcome.Inconclusive, verdict.Outcome);
        Assert.Null(verdict.SampleSizeToSettle);
        Assert.EndsWith("区間が基準値をまたぐため未確定（確定に必要な件数は見積もれない）", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_metric_the_source_cannot_measure_is_not_measured()
    {
        CriterionVerdict verdict = CriterionJudge.Judge(Criteria.Of(DecisionMetrics.NetBenefitMonthly, ">=", 0), null, Criteria.NeverAsked);

        Assert.Equal(CriterionOutcome.NotMeasured, verdict.Outcome);
        Assert.Null(verdict.Estimate);
        Assert.Equal("月間純便益 ≥ 0 円/月: 測定できない（この提供先・計画ではこの指標を計算できない）", verdict.Reason);
    }

    [Fact]
    public void An_estimate_with_nothing_behind_it_is_not_measured_rather_than_inconclusive()
    {
        Estimate empty = Estimate.FromProportion(Proportion.Wilson(0, 0));

        CriterionVerdict verdict = CriterionJudge.Judge(Criteria.Of(DecisionMetrics.RefusalAccuracy, ">=", 0.95), empty, Criteria.NeverAsked);

        Assert.Equal(CriterionOutcome.NotMeasured, verdict.Outcome);
        Assert.Equal("拒否の正答率 ≥ 0.95: 測定の対象がない（n = 0）", verdict.Reason);
    }

    [Fact]
    public void A_criterion_on_a_metric_outside_the_vocabulary_is_refused()
    {
        Assert.Throws<ArgumentException>(() =>
            CriterionJudge.Judge(Criteria.Of("bleu", ">=", 0.5), Criteria.Interval(0.6, 0.5, 0.7), Criteria.NeverAsked));
    }
}
