namespace GaiEval.Tests.Kpi.Findings;

using GaiEval.Core.Analysis;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Tests.Kpi.Measures;
using static GaiEval.Tests.Kpi.Findings.KpiRecords;

/// <summary>Each KPI metric a criterion may name, from hand-made records whose figures were worked out by hand, and each reason it is not measured.</summary>
public sealed class KpiMetricsTests
{
    private const string NoEligible = "対象職員数（kpi.eligible_staff）が与えられていない";

    private static readonly Dictionary<string, int> TwoDepartments = Eligible(("総務課", 10), ("税務課", 10));

    // 2026-10: two users (an earlier wave). 2026-11: ten users, scores 5 5 5 4 4 4 4 4 2 3 (top-2: 8 of 10, mean 40 / 10 = 4.0),
    // five of them recommend 10 9 9 7 3 (promoters 3, detractors 1: (3 − 1) / 5 = +40 points). 2026-12: non-users only.
    private static readonly SurveyResponse[] Survey =
    [
        User("2026-10", "s-01", "総務課", 5),
        User("2026-10", "s-02", "総務課", 1),
        .. new[] { 5, 5, 5, 4, 4, 4, 4, 4, 2, 3 }.Select((score, i) =>
            User("2026-11", $"s-{i + 10}", i % 2 == 0 ? "総務課" : "税務課", score, i < 5 ? new[] { 10, 9, 9, 7, 3 }[i] : null)),
        NonUser("2026-12", "s-90", "総務課"),
        NonUser("2026-12", "s-91", "税務課"),
    ];

    // ISO weeks of November 2026: W45 from Mon 11/2, W46 11/9, W47 11/16, W48 11/23. s-a (総務課) and s-c (税務課) use it
    // in 3 of the 4 weeks (habitual), s-b (総務課) in 2; s-x (企画課) is outside the eligible map; the harness is no user.
    // Monthly active in the map: 3 of 20 = 0.15; habitual 2 of 20 = 0.10. Feedback of users: 1 bad of 4 (the harness's bad aside).
    private static readonly UsageEvent[] Usage =
    [
        Request("s-a", "総務課", 2026, 11, 2, UsageFeedback.Bad),
        Request("s-a", "総務課", 2026, 11, 9, UsageFeedback.Good),
        Request("s-a", "総務課", 2026, 11, 16),
        Request("s-b", "総務課", 2026, 11, 3, UsageFeedback.Good),
        Request("s-b", "総務課", 2026, 11, 25),
        Request("s-c", "税務課", 2026, 11, 10),
        Request("s-c", "税務課", 2026, 11, 17, UsageFeedback.Good),
        Request("s-c", "税務課", 2026, 11, 24),
        Request("s-x", "企画課", 2026, 11, 4),
        Request("s-x", "企画課", 2026, 11, 11),
        Request("s-x", "企画課", 2026, 11, 18),
        Harness(2026, 11, 19, UsageFeedback.Bad),
    ];

    // Differences 10, 15 and 0 minutes: mean 25 / 3.
    private static readonly TaskTiming[] Timings = [Timing("税務", 30, 20), Timing("税務", 40, 25), Timing("総務", 20, 20)];

    private static readonly KpiFindings Everything = Build(Survey, Usage, Timings, new KpiFindingsInputs { EligibleStaff = TwoDepartments });

    [Fact]
    public void Satisfaction_top2_is_the_latest_wave_with_users_answers_with_its_wilson_interval()
    {
        Estimate topTwo = KpiMetrics.Measure(Everything, KpiMetrics.SatisfactionTopTwo)!;

        WilsonByHand.AssertInterval(8, 10, topTwo);
        Assert.Equal((0.490, 0.943), (Math.Round(topTwo.Low, 3), Math.Round(topTwo.High, 3)));
        Assert.Equal("2026-11", Everything.LatestSatisfaction!.Wave);
    }

    [Fact]
    public void Satisfaction_mean_and_nps_are_the_latest_wave_s_with_bootstrap_intervals()
    {
        Estimate mean = KpiMetrics.Measure(Everything, KpiMetrics.SatisfactionMean)!;
        Estimate nps = KpiMetrics.Measure(Everything, KpiMetrics.Nps)!;

        Assert.Equal((4.0, 10), (mean.Value!.Value, mean.N));
        Assert.True(mean.Low < 4.0 && mean.High > 4.0 && mean.Low >= 1 && mean.High <= 5, $"{mean.Low}..{mean.High}");
        Assert.Equal((40.0, 5), (nps.Value!.Value, nps.N));
        Assert.True(nps.Low < 40 && nps.High > 40 && nps.Low >= -100 && nps.High <= 100, $"{nps.Low}..{nps.High}");
        Assert.StartsWith("2026-11回次: NPS", nps.Method, StringComparison.Ordinal);
        Assert.StartsWith("2026-11回次: ", mean.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Active_and_habitual_shares_are_census_shares_of_eligible_staff_without_an_interval()
    {
        Estimate active = KpiMetrics.Measure(Everything, KpiMetrics.ActiveShare)!;
        Estimate habitual = KpiMetrics.Measure(Everything, KpiMetrics.HabitualShare)!;

        Assert.Equal((0.15, 0.15, 0.15, 3), (active.Value!.Value, active.Low, active.High, active.N));
        Assert.Equal((0.1, 0.1, 0.1, 2), (habitual.Value!.Value, habitual.Low, habitual.High, habitual.N));
        Assert.Contains("全数、区間なし", habitual.Method, StringComparison.Ordinal);
        Assert.StartsWith("2026-11月: ", active.Method, StringComparison.Ordinal);
        Assert.StartsWith("直近の週（2026-W45〜2026-W48）: ", habitual.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Measured_minutes_and_bad_feedback_come_from_the_timings_and_the_users_ratings()
    {
        Estimate minutes = KpiMetrics.Measure(Everything, KpiMetrics.MeasuredMinutesSaved)!;
        Estimate bad = KpiMetrics.Measure(Everything, KpiMetrics.BadFeedbackRate)!;

        Assert.Equal((25.0 / 3, 3), (minutes.Value!.Value, minutes.N));
        WilsonByHand.AssertInterval(1, 4, bad);
        Assert.StartsWith("2026-11-02〜2026-11-25の利用ログ: ユーザーの評価", bad.Method, StringComparison.Ordinal);
        Assert.StartsWith("期間内の実測すべて: ", minutes.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Hours_saved_per_month_is_the_self_reported_total_scaled_to_eligible_staff()
    {
        // 総務課 (10 staff): 30 min × 2 uses = 60, 15 × 4 = 60, a non-user 0 → 40 min a week each → 400 min a week,
        // × 52/12 weeks ÷ 60 = 28.89 hours a month.
        SurveyResponse[] survey =
        [
            User("2026-11", "s-1", "総務課", 4) with { MinutesSavedPerUse = Band.Exact(30, "30"), UsesPerWeek = Band.Exact(2, "2") },
            User("2026-11", "s-2", "総務課", 5) with { MinutesSavedPerUse = Band.Exact(15, "15"), UsesPerWeek = Band.Exact(4, "4") },
            NonUser("2026-11", "s-3", "総務課"),
        ];

        Estimate hours = KpiMetrics.Measure(Build(survey, inputs: new KpiFindingsInputs { EligibleStaff = Eligible(("総務課", 10)) }), KpiMetrics.HoursSavedPerMonth)!;

        Assert.Equal(400 * 52.0 / 12 / 60, hours.Value!.Value, 9);
        Assert.Equal(3, hours.N);
        Assert.StartsWith("2026-11回次: 自己申告", hours.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Hours_saved_per_month_of_a_latest_wave_where_no_user_answered_is_not_measured_never_zero_nor_an_older_wave()
    {
        // 2026-10: one user, 30 min × 2 uses = 60 min a week. 2026-11, the latest: non-users only, whose 0 minutes would make a
        // total of 0 that nobody reported.
        SurveyResponse[] survey =
        [
            User("2026-10", "s-1", "総務課", 4) with { MinutesSavedPerUse = Band.Exact(30, "30"), UsesPerWeek = Band.Exact(2, "2") },
            NonUser("2026-11", "s-2", "総務課"),
            NonUser("2026-11", "s-3", "総務課"),
        ];

        KpiFindings findings = Build(survey, inputs: new KpiFindingsInputs { EligibleStaff = Eligible(("総務課", 10)) });

        Assert.Equal((0, 0.0), (findings.SelfReportedTime[^1].Answered, findings.SelfReportedTime[^1].HoursPerMonth!.Value!.Value));
        Assert.NotNull(findings.SelfReportedTime[0].HoursPerMonth);
        Assert.Null(findings.LatestSelfReportedTime);
        Assert.Null(KpiMetrics.Measure(findings, KpiMetrics.HoursSavedPerMonth));
        Assert.Equal(
            "最新の回次（2026-11）に削減時間（1回あたりの分・週あたりの回数）を答えた利用者がいない",
            KpiMetrics.WhyNotMeasured(findings, KpiMetrics.HoursSavedPerMonth));
    }

    [Fact]
    public void A_measured_metric_has_no_reason_and_a_metric_outside_the_kpis_is_never_measured()
    {
        Assert.All(KpiMetrics.Names.Where(n => n != KpiMetrics.HoursSavedPerMonth), name => Assert.Null(KpiMetrics.WhyNotMeasured(Everything, name)));

        // Everything's latest wave (2026-12) has non-users only and 2026-11 no bands: not measured, not a 0.
        Assert.Equal(
            "最新の回次（2026-12）に削減時間（1回あたりの分・週あたりの回数）を答えた利用者がいない",
            KpiMetrics.WhyNotMeasured(Everything, KpiMetrics.HoursSavedPerMonth));
        Assert.Null(KpiMetrics.Measure(Everything, "accuracy"));
        Assert.Equal("実利用の指標ではない", KpiMetrics.WhyNotMeasured(Everything, "accuracy"));
        Assert.False(KpiMetrics.IsKpiMetric("accuracy"));
        Assert.True(KpiMetrics.IsKpiMetric(KpiMetrics.BadFeedbackRate));
    }

    [Fact]
    public void Without_any_data_each_metric_says_which_data_is_missing()
    {
        KpiFindings none = Build(inputs: new KpiFindingsInputs { EligibleStaff = TwoDepartments });

        Assert.Equal(
            [
                "期間内の職員アンケートがない",
                "期間内の職員アンケートがない",
                "アンケートに推奨度（recommend, 0〜10）の回答がない",
                "期間内の利用ログ（評価ハーネス以外）がない",
                "期間内の利用ログ（評価ハーネス以外）がない",
                "期間内の職員アンケートがない",
                "期間内の業務時間の実測（timing）がない",
                "利用ログに評価（good/bad）がない",
            ],
            KpiMetrics.Names.Select(name => KpiMetrics.WhyNotMeasured(none, name)));
    }

    [Fact]
    public void With_data_but_without_what_a_metric_needs_each_says_what_is_missing()
    {
        SurveyResponse[] blankUsers = [User("2026-11", "s-1", "総務課", null), User("2026-11", "s-2", "税務課", null)];
        UsageEvent[] unrated = [Request("s-a", "総務課", 2026, 11, 28)];

        KpiFindings withEligible = Build(blankUsers, unrated, inputs: new KpiFindingsInputs { EligibleStaff = TwoDepartments });
        KpiFindings withoutEligible = Build(blankUsers, unrated);

        Assert.Equal("利用者の満足度の回答がない", KpiMetrics.WhyNotMeasured(withEligible, KpiMetrics.SatisfactionTopTwo));
        Assert.Equal("利用者の満足度の回答がない", KpiMetrics.WhyNotMeasured(withEligible, KpiMetrics.SatisfactionMean));
        Assert.Equal("最新の回次（2026-11）に削減時間（1回あたりの分・週あたりの回数）を答えた利用者がいない", KpiMetrics.WhyNotMeasured(withEligible, KpiMetrics.HoursSavedPerMonth));
        Assert.Equal("利用ログに評価（good/bad）がない", KpiMetrics.WhyNotMeasured(withEligible, KpiMetrics.BadFeedbackRate));
        Assert.NotNull(KpiMetrics.Measure(withEligible, KpiMetrics.ActiveShare));
        Assert.Equal(NoEligible, KpiMetrics.WhyNotMeasured(withoutEligible, KpiMetrics.ActiveShare));
        Assert.Equal(NoEligible, KpiMetrics.WhyNotMeasured(withoutEligible, KpiMetrics.HabitualShare));
        Assert.Equal(NoEligible, KpiMetrics.WhyNotMeasured(withoutEligible, KpiMetrics.HoursSavedPerMonth));
    }
}
