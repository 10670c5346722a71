namespace GaiEval.Tests.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Decision;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;
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

    [Theory]
    [InlineData(KpiMetrics.ActiveShare, 0.05, CriterionOutcome.Pass)]
    [InlineData(KpiMetrics.ActiveShare, 0.15, CriterionOutcome.Inconclusive)]
    [InlineData(KpiMetrics.ActiveShare, 0.25, CriterionOutcome.Fail)]
    [InlineData(KpiMetrics.HabitualShare, 0.04, CriterionOutcome.Pass)]
    [InlineData(KpiMetrics.HabitualShare, 0.1, CriterionOutcome.Inconclusive)]
    [InlineData(KpiMetrics.HabitualShare, 0.2, CriterionOutcome.Fail)]
    public void Users_of_departments_outside_the_eligible_map_widen_a_share_up_to_counting_them_all(
        string metric, double threshold, CriterionOutcome expected)
    {
        // November, Mon 11/2 (W45) to Fri 11/27 (W48): whole month and whole last week. Known: s-a (総務課, W45 W46 W47:
        // habitual) and s-b (税務課); s-x and s-y wrote 「総務」, not in the map. Active: 2 of 20 = 0.10, up to (2 + 2) / 20 = 0.20.
        // Habitual: 1 of 20 = 0.05, up to (1 + 2) / 20 = 0.15 (any user outside the map might be habitual).
        KpiFindings unknown = Build(
            usage:
            [
                Request("s-a", "総務課", 2026, 11, 2), Request("s-a", "総務課", 2026, 11, 9), Request("s-a", "総務課", 2026, 11, 16),
                Request("s-b", "税務課", 2026, 11, 24), Request("s-x", "総務", 2026, 11, 25), Request("s-y", "総務", 2026, 11, 27),
            ],
            inputs: new KpiFindingsInputs { EligibleStaff = Eligible(("総務課", 10), ("税務課", 10)), Provider = "cloud" });

        CriterionVerdict verdict = new GateJudge(new KpiCriterionMetrics(run, unknown), SettlingSampleSize.Wilson)
            .Judge(Cloud, Criteria.Of(metric, ">=", threshold));

        Assert.False(unknown.LastMonthIsPartial || unknown.LastMonthStartsLate || unknown.LastWeekIsPartial);
        (double low, double high) = metric == KpiMetrics.ActiveShare ? (0.1, 0.2) : (0.05, 0.15);
        Assert.Equal(low, KpiMetrics.Measure(unknown, metric)!.Value!.Value, 12);
        Assert.Equal(expected, verdict.Outcome);
        Assert.Equal(low, verdict.Estimate!.Low, 12);
        Assert.Equal(high, verdict.Estimate.High, 12);
        Assert.Contains("対象職員の一覧にない部署の利用者 2人は割合に含めていない", verdict.Estimate.Method, StringComparison.Ordinal);
        Assert.Contains($"[{low:0.000}, {high:0.000}]", verdict.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 10, true)]
    [InlineData(null, 3, false)]
    [InlineData(3, 3, true)]
    public void A_last_month_whose_data_begin_late_or_after_kpi_from_is_a_lower_bound(int? fromDay, int firstDay, bool late)
    {
        // s-a from the first day, s-b on Fri 11/27: 2 of 20 active = 0.10. A log that begins on the 10th leaves 9 days unseen;
        // one that begins on the 3rd is taken as the whole month (as a week is allowed at its end) unless kpi.from says so.
        KpiFindings findings = Build(
            usage: [Request("s-a", "総務課", 2026, 11, firstDay), Request("s-b", "税務課", 2026, 11, 27)],
            inputs: new KpiFindingsInputs
            {
                EligibleStaff = Eligible(("総務課", 10), ("税務課", 10)),
                Provider = "cloud",
                Selection = new KpiSelection(From: fromDay is { } day ? new DateOnly(2026, 11, day) : null),
            });

        CriterionVerdict verdict = new GateJudge(new KpiCriterionMetrics(run, findings), SettlingSampleSize.Wilson)
            .Judge(Cloud, Criteria.Of(KpiMetrics.ActiveShare, ">=", 0.2));

        Assert.Equal(new DateOnly(2026, 11, firstDay), findings.FirstUsageDay);
        Assert.Equal(late, findings.LastMonthStartsLate);
        Assert.Equal(late ? CriterionOutcome.Inconclusive : CriterionOutcome.Fail, verdict.Outcome);
        Assert.Equal((0.1, late ? 1.0 : 0.1), (verdict.Estimate!.Low, verdict.Estimate.High));
        Assert.Equal(late, verdict.Estimate.Method.Contains($"最後の月は 2026-11-{firstDay:00} からのデータのため下限", StringComparison.Ordinal));
    }

    [Fact]
    public void A_habitual_share_over_fewer_than_four_weeks_is_a_lower_bound()
    {
        // W46 (Mon 11/9) to W48 (Fri 11/27): 3 weeks. s-a in all 3 is habitual: 1 of 20 = 0.05, judged as [0.05, 1].
        KpiFindings findings = Build(
            usage: [Request("s-a", "総務課", 2026, 11, 9), Request("s-a", "総務課", 2026, 11, 16), Request("s-a", "総務課", 2026, 11, 27)],
            inputs: new KpiFindingsInputs { EligibleStaff = Eligible(("総務課", 10), ("税務課", 10)), Provider = "cloud" });

        CriterionVerdict verdict = new GateJudge(new KpiCriterionMetrics(run, findings), SettlingSampleSize.Wilson)
            .Judge(Cloud, Criteria.Of(KpiMetrics.HabitualShare, ">=", 0.2));

        Assert.False(findings.LastWeekIsPartial);
        Assert.Equal(CriterionOutcome.Inconclusive, verdict.Outcome);
        Assert.Equal((0.05, 0.05, 1.0), (verdict.Estimate!.Value, verdict.Estimate.Low, verdict.Estimate.High));
        Assert.Contains("データが 3 週分しかなく直近4週に満たないため下限", verdict.Estimate.Method, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, 40, CriterionOutcome.Pass)]
    [InlineData(true, 50, CriterionOutcome.Inconclusive)]
    [InlineData(false, 50, CriterionOutcome.Fail)]
    public void Self_reported_hours_with_departments_not_extrapolated_have_no_upper_limit_and_never_fail(
        bool secondDepartment, double threshold, CriterionOutcome expected)
    {
        // 総務課 (10 staff): four users each 30 min × 2 uses = 60 min a week; every resample's mean is 60, so the interval is
        // the value: 60 × 10 × 52/12 ÷ 60 = 43.33 hours a month. 税務課 has no respondent and is not extrapolated.
        SurveyResponse[] survey = [.. Enumerable.Range(1, 4).Select(i =>
            User("2026-11", $"s-{i}", "総務課", 4) with { MinutesSavedPerUse = Band.Exact(30, "30"), UsesPerWeek = Band.Exact(2, "2") })];
        Dictionary<string, int> eligible = secondDepartment ? Eligible(("総務課", 10), ("税務課", 10)) : Eligible(("総務課", 10));
        KpiFindings findings = Build(survey, inputs: new KpiFindingsInputs { EligibleStaff = eligible, Provider = "cloud" });

        CriterionVerdict verdict = new GateJudge(new KpiCriterionMetrics(run, findings), SettlingSampleSize.Wilson)
            .Judge(Cloud, Criteria.Of(KpiMetrics.HoursSavedPerMonth, ">=", threshold));

        const double Hours = 60 * 10 * 52.0 / 12 / 60;
        Assert.Equal(expected, verdict.Outcome);
        Assert.Equal(Hours, verdict.Estimate!.Value!.Value, 9);
        Assert.Equal(Hours, verdict.Estimate.Low, 9);
        Assert.Equal(secondDepartment ? double.PositiveInfinity : Hours, verdict.Estimate.High, 9);
        Assert.StartsWith("2026-11回次: ", verdict.Estimate.Method, StringComparison.Ordinal);
        Assert.Contains(secondDepartment ? "43.3 [43.3, 上限なし] 時間/月" : "43.3 時間/月", verdict.Reason, StringComparison.Ordinal);
        Assert.Equal(secondDepartment, verdict.Estimate.Method.Contains("回答者のいない部署（税務課）を外挿していない", StringComparison.Ordinal));
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
