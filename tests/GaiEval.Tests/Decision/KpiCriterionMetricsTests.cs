namespace GaiEval.Tests.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Decision;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Plans;
using GaiEval.Tests.Support;
using static GaiEval.Tests.Kpi.Findings.KpiRecords;

/// <summary>
/// Criteria on KPI metrics judged by the gate with their intervals like accuracy, for the provider whose real use the data
/// is and for no other; the test run's criteria are left as they were.
/// </summary>
public sealed class KpiCriterionMetricsTests
{
    private static readonly ProviderProfile Cloud = StoredRun.Provider("cloud") with { Candidate = true };
    private static readonly ProviderProfile OnPrem = StoredRun.Provider("onprem") with { Candidate = true };
    private static readonly Criterion Accuracy = Criteria.Of(DecisionMetrics.Accuracy, ">=", 0.8);

    // 2026-11: 10 users, 8 of them rating 4 or 5: top-2 0.8, Wilson [0.490, 0.943]. No recommend answered.
    // November log: s-a, s-b (総務課) and s-c (税務課) of 20 eligible staff: active share 0.15 (a census); 1 bad of 4 ratings:
    // 0.25, Wilson [0.046, 0.699].
    private static readonly KpiFindings Kpi = Build(
        [.. new[] { 5, 5, 5, 4, 4, 4, 4, 4, 2, 3 }.Select((score, i) => User("2026-11", $"s-{i}", "総務課", score))],
        [
            Request("s-a", "総務課", 2026, 11, 2, UsageFeedback.Bad),
            Request("s-a", "総務課", 2026, 11, 9, UsageFeedback.Good),
            Request("s-b", "総務課", 2026, 11, 24, UsageFeedback.Good),
            Request("s-c", "税務課", 2026, 11, 27, UsageFeedback.Good),
        ],
        inputs: new KpiFindingsInputs { EligibleStaff = Eligible(("総務課", 10), ("税務課", 10)), Provider = "cloud" });

    private readonly FixedMetrics run = new FixedMetrics()
        .Set("cloud", DecisionMetrics.Accuracy, Criteria.Interval(0.9, 0.85, 0.94))
        .Set("onprem", DecisionMetrics.Accuracy, Criteria.Interval(0.9, 0.85, 0.94));

    [Theory]
    [InlineData(0.45, CriterionOutcome.Pass)]
    [InlineData(0.95, CriterionOutcome.Fail)]
    [InlineData(0.7, CriterionOutcome.Inconclusive)]
    public void Satisfaction_top2_is_judged_from_its_wilson_interval(double threshold, CriterionOutcome expected)
    {
        CriterionVerdict verdict = Judge(Cloud, Criteria.Of(KpiMetrics.SatisfactionTopTwo, ">=", threshold));

        Assert.Equal(expected, verdict.Outcome);
        Assert.Equal((0.8, 0.490, 0.943, 10), (verdict.Estimate!.Value, Math.Round(verdict.Estimate.Low, 3), Math.Round(verdict.Estimate.High, 3), verdict.Estimate.N));
        Assert.StartsWith($"利用者満足度（上位2段階の割合） 0.800 [0.490, 0.943] ≥ {threshold}", verdict.Reason, StringComparison.Ordinal);

        // Inconclusive at 0.7: the interval clears 0.7 once (0.8 − 0.7)² > z²·0.21/n, i.e. n > 80.67.
        Assert.Equal(expected == CriterionOutcome.Inconclusive ? 81 : null, verdict.SampleSizeToSettle);
    }

    [Fact]
    public void The_share_of_bad_feedback_is_judged_the_low_way_with_a_wilson_sample_size()
    {
        CriterionVerdict settled = Judge(Cloud, Criteria.Of(KpiMetrics.BadFeedbackRate, "<=", 0.75));
        CriterionVerdict open = Judge(Cloud, Criteria.Of(KpiMetrics.BadFeedbackRate, "<=", 0.5));

        Assert.Equal(CriterionOutcome.Pass, settled.Outcome);
        Assert.Equal(CriterionOutcome.Inconclusive, open.Outcome);

        // 0.25 against 0.5: z²·0.25 / 0.0625 = 15.37, so 16.
        Assert.Equal(16, open.SampleSizeToSettle);
        Assert.Contains("ユーザーの低評価の割合 0.250 [0.046, 0.699] ≤ 0.5", open.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.1, CriterionOutcome.Pass)]
    [InlineData(0.15, CriterionOutcome.Pass)]
    [InlineData(0.2, CriterionOutcome.Fail)]
    public void A_census_share_is_settled_by_its_value_and_never_inconclusive(double threshold, CriterionOutcome expected)
    {
        CriterionVerdict verdict = Judge(Cloud, Criteria.Of(KpiMetrics.ActiveShare, ">=", threshold));

        Assert.Equal(expected, verdict.Outcome);
        Assert.Null(verdict.SampleSizeToSettle);
        Assert.Contains("利用者割合（月間アクティブ ÷ 対象職員） 0.150 ≥", verdict.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(KpiMetrics.ActiveShare, 0.05, CriterionOutcome.Pass)]
    [InlineData(KpiMetrics.ActiveShare, 0.2, CriterionOutcome.Inconclusive)]
    [InlineData(KpiMetrics.HabitualShare, 0.05, CriterionOutcome.Pass)]
    [InlineData(KpiMetrics.HabitualShare, 0.2, CriterionOutcome.Inconclusive)]
    public void A_census_share_counted_over_part_of_its_month_or_week_is_a_lower_bound_that_can_pass_but_never_fail(
        string metric, double threshold, CriterionOutcome expected)
    {
        // The log ends on Tuesday 11/10: November is counted for 10 days and ISO week 46 for 2. Active in November: s-a and
        // s-b of 20 eligible = 0.10. Habitual over the last 4 weeks W43–W46: s-a (W44, W45, W46) and s-b (W43, W44, W46) = 0.10.
        KpiFindings partial = Build(
            usage:
            [
                Request("s-a", "総務課", 2026, 10, 26), Request("s-a", "総務課", 2026, 11, 2), Request("s-a", "総務課", 2026, 11, 9),
                Request("s-b", "税務課", 2026, 10, 20), Request("s-b", "税務課", 2026, 10, 27), Request("s-b", "税務課", 2026, 11, 10),
            ],
            inputs: new KpiFindingsInputs { EligibleStaff = Eligible(("総務課", 10), ("税務課", 10)), Provider = "cloud" });

        CriterionVerdict verdict = new GateJudge(new KpiCriterionMetrics(run, partial), SettlingSampleSize.Wilson)
            .Judge(Cloud, Criteria.Of(metric, ">=", threshold));

        Assert.True(partial.LastMonthIsPartial && partial.LastWeekIsPartial);
        Assert.Equal(0.1, KpiMetrics.Measure(partial, metric)!.Value!.Value, 12);
        Assert.Equal(expected, verdict.Outcome);
        Assert.Equal((0.1, 0.1, 1.0), (verdict.Estimate!.Value, verdict.Estimate.Low, verdict.Estimate.High));
        Assert.Contains("2026-11-10 までのデータのため下限", verdict.Estimate.Method, StringComparison.Ordinal);
        Assert.Contains("0.100 [0.100, 1.000]", verdict.Reason, StringComparison.Ordinal);
        Assert.Null(verdict.SampleSizeToSettle);
    }

    [Fact]
    public void Another_provider_s_kpi_criterion_is_not_measured_and_never_borrows_the_data()
    {
        Criterion topTwo = Criteria.Of(KpiMetrics.SatisfactionTopTwo, ">=", 0.45);

        CriterionVerdict verdict = Judge(OnPrem, topTwo);

        Assert.Equal(CriterionOutcome.NotMeasured, verdict.Outcome);
        Assert.Null(verdict.Estimate);
        Assert.Contains("測定できない（実利用データは cloud のもので、この提供先のものではない）", verdict.Reason, StringComparison.Ordinal);
        Assert.Empty(run.Asked);
    }

    [Fact]
    public void Without_kpi_data_or_without_its_provider_every_kpi_criterion_is_not_measured()
    {
        Criterion topTwo = Criteria.Of(KpiMetrics.SatisfactionTopTwo, ">=", 0.45);

        CriterionVerdict noKpi = new GateJudge(new KpiCriterionMetrics(run, null), Criteria.NeverAsked).Judge(Cloud, topTwo);
        CriterionVerdict noProvider = new GateJudge(new KpiCriterionMetrics(run, Kpi with { Provider = null }), Criteria.NeverAsked).Judge(Cloud, topTwo);

        Assert.Equal((CriterionOutcome.NotMeasured, CriterionOutcome.NotMeasured), (noKpi.Outcome, noProvider.Outcome));
        Assert.Contains("計画に kpi:（実利用データ）がない", noKpi.Reason, StringComparison.Ordinal);
        Assert.Contains("計画の kpi.provider で実利用データの提供先を指定していない", noProvider.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kpi_criterion_scoped_to_a_category_or_use_is_not_measured()
    {
        CriterionVerdict verdict = Judge(Cloud, Criteria.Of(KpiMetrics.SatisfactionTopTwo, ">=", 0.45, scope: "category:税"));

        Assert.Equal(CriterionOutcome.NotMeasured, verdict.Outcome);
        Assert.Contains("実利用の指標は scope: all でだけ測れる", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kpi_whose_data_lacks_its_answers_is_not_measured_with_the_reason()
    {
        CriterionVerdict verdict = Judge(Cloud, Criteria.Of(KpiMetrics.Nps, ">=", 0));

        Assert.Equal(CriterionOutcome.NotMeasured, verdict.Outcome);
        Assert.Contains("アンケートに推奨度（recommend, 0〜10）の回答がない", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_test_run_s_criteria_are_judged_as_without_kpis()
    {
        CriterionVerdict with = Judge(Cloud, Accuracy);
        CriterionVerdict without = new GateJudge(run, Criteria.NeverAsked).Judge(Cloud, Accuracy);

        Assert.Equal(CriterionOutcome.Pass, with.Outcome);
        Assert.Equal(without.Outcome, with.Outcome);
        Assert.Equal((without.Estimate, without.Reason), (with.Estimate, with.Reason));
        Assert.Equal([("cloud", Accuracy), ("cloud", Accuracy)], run.Asked);
    }

    [Fact]
    public void A_required_kpi_criterion_not_measured_keeps_a_provider_from_go_and_a_failed_one_makes_it_no_go()
    {
        var judge = new GateJudge(new KpiCriterionMetrics(run, Kpi), SettlingSampleSize.Wilson);
        Criterion nps = Criteria.Of(KpiMetrics.Nps, ">=", 0);
        Criterion topTwo = Criteria.Of(KpiMetrics.SatisfactionTopTwo, ">=", 0.45);

        ProviderVerdict missing = judge.Judge(Cloud, [Accuracy, nps]);
        ProviderVerdict other = judge.Judge(OnPrem, [Accuracy, topTwo]);
        ProviderVerdict advisory = judge.Judge(Cloud, [Accuracy, nps with { Required = false }]);
        ProviderVerdict passed = judge.Judge(Cloud, [Accuracy, topTwo]);
        ProviderVerdict failed = judge.Judge(Cloud, [Accuracy, Criteria.Of(KpiMetrics.ActiveShare, ">=", 0.2)]);

        Assert.Equal(OverallOutcome.NeedsMoreEvidence, missing.Outcome);
        Assert.Contains("必須の基準のうち未確定: NPS ≥ 0 ポイント（NOT MEASURED）", missing.Reason, StringComparison.Ordinal);
        Assert.Equal(OverallOutcome.NeedsMoreEvidence, other.Outcome);
        Assert.Equal(OverallOutcome.Go, advisory.Outcome);
        Assert.Equal(OverallOutcome.Go, passed.Outcome);
        Assert.Equal(OverallOutcome.NoGo, failed.Outcome);
    }

    private CriterionVerdict Judge(ProviderProfile provider, Criterion criterion) =>
        new GateJudge(new KpiCriterionMetrics(run, Kpi), SettlingSampleSize.Wilson).Judge(provider, criterion);
}
