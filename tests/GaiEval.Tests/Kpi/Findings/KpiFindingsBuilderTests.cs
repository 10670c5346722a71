namespace GaiEval.Tests.Kpi.Findings;

using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Import;
using static GaiEval.Tests.Kpi.Findings.KpiRecords;

/// <summary>What the findings keep of the records: the period in JST days, waves by the month or day they name, and the notes.</summary>
public sealed class KpiFindingsBuilderTests
{
    private static readonly Dictionary<string, int> TwoDepartments = Eligible(("総務課", 10), ("税務課", 10));

    // 2026-10-31T15:30Z is 2026-11-01 00:30 JST; 2026-10-31T14:30Z is 2026-10-31 23:30 JST.
    private static readonly UsageEvent NovemberInJapan = Request("s-late", "総務課", 2026, 11, 1) with
    {
        Timestamp = new DateTimeOffset(2026, 10, 31, 15, 30, 0, TimeSpan.Zero),
    };

    private static readonly UsageEvent OctoberInJapan = Request("s-early", "税務課", 2026, 10, 31) with
    {
        Timestamp = new DateTimeOffset(2026, 10, 31, 14, 30, 0, TimeSpan.Zero),
    };

    [Fact]
    public void The_period_is_cut_at_midnight_in_japan_not_in_utc()
    {
        KpiFindings november = Build(usage: [NovemberInJapan, OctoberInJapan], inputs: Period(new DateOnly(2026, 11, 1), null));
        KpiFindings october = Build(usage: [NovemberInJapan, OctoberInJapan], inputs: Period(null, new DateOnly(2026, 10, 31)));

        Assert.Equal(1, november.Users!.Rows);
        Assert.Equal(new DateOnly(2026, 11, 1), november.LastUsageDay);
        Assert.Equal(["2026-11"], november.Users.Months.Select(m => m.Month));
        Assert.Equal(1, october.Users!.Rows);
        Assert.Equal(["2026-10"], october.Users.Months.Select(m => m.Month));
    }

    [Fact]
    public void Waves_are_kept_when_the_month_or_day_they_name_touches_the_period_and_undated_ones_with_a_note()
    {
        SurveyResponse[] survey =
        [
            User("2026-10", "s-a", "総務課", 4),
            User("2026-11-15", "s-b", "総務課", 5),
            User("第1回", "s-c", "税務課", 3),
            User("2026-12-01", "s-d", "税務課", 2),
        ];

        KpiFindings findings = Build(survey: survey, inputs: Period(new DateOnly(2026, 10, 31), new DateOnly(2026, 11, 30)) with { EligibleStaff = TwoDepartments });

        // 2026-10 (10/1–10/31) touches the period by its last day; 2026-12-01 lies after it.
        Assert.Equal(["2026-10", "2026-11-15", "第1回"], findings.Satisfaction!.Waves.Select(w => w.Wave));
        Assert.Equal(
            [
                "日付として読めない回次（第1回）は期間で絞り込まずに含めています。",
                "日付として読めない回次があるため、回次は文字列の順に並べ、最後の「第1回」を最新の回次としています。",
            ],
            findings.Notes);
    }

    [Fact]
    public void A_wave_whose_month_ends_the_day_before_the_period_is_left_out_and_undated_waves_need_no_period_note_without_a_period()
    {
        SurveyResponse[] survey = [User("2026-10", "s-a", "総務課", 4), User("第1回", "s-c", "税務課", 3)];

        KpiFindings after = Build(survey: survey, inputs: Period(new DateOnly(2026, 11, 1), null) with { EligibleStaff = TwoDepartments });
        KpiFindings whole = Build(survey: survey, inputs: new KpiFindingsInputs { EligibleStaff = TwoDepartments });

        Assert.Equal(["第1回"], after.Satisfaction!.Waves.Select(w => w.Wave));
        Assert.Equal(["2026-10", "第1回"], whole.Satisfaction!.Waves.Select(w => w.Wave));
        Assert.Equal(["日付として読めない回次があるため、回次は文字列の順に並べ、最後の「第1回」を最新の回次としています。"], whole.Notes);
        Assert.DoesNotContain(after.Notes, n => n.Contains("文字列の順", StringComparison.Ordinal));
    }

    [Fact]
    public void Timings_are_kept_in_the_period_or_when_undated()
    {
        TaskTiming[] timings =
        [
            Timing("税務", 30, 20, new DateOnly(2026, 10, 31)),
            Timing("税務", 40, 25, new DateOnly(2026, 11, 1)),
            Timing("税務", 20, 20),
        ];

        KpiFindings findings = Build(timings: timings, inputs: Period(new DateOnly(2026, 11, 1), null) with { EligibleStaff = TwoDepartments });

        // Kept: 40 − 25 = 15 and the undated 20 − 20 = 0; mean 7.5 minutes per task.
        Assert.Equal(2, findings.MeasuredTime!.Overall!.N);
        Assert.Equal(7.5, findings.MeasuredTime.Overall.Value!.Value, 12);
    }

    [Theory]
    [InlineData(23, true)]
    [InlineData(24, false)]
    public void A_last_month_ending_more_than_a_week_early_is_noted_as_partial(int lastDay, bool partial)
    {
        UsageEvent[] usage = [Request("s-a", "総務課", 2026, 10, 5), Request("s-a", "総務課", 2026, 11, lastDay)];

        KpiFindings findings = Build(usage: usage, inputs: new KpiFindingsInputs { EligibleStaff = TwoDepartments });

        Assert.Equal(
            partial ? [$"最後の月（2026-11）はログの最終日 2026-11-{lastDay} までのデータです。月間アクティブ利用者と利用者割合は月の一部だけを数えています。"] : [],
            findings.Notes);
    }

    [Theory]
    [InlineData(23, true)] // Monday
    [InlineData(26, true)] // Thursday
    [InlineData(27, false)] // Friday
    [InlineData(29, false)] // Sunday
    public void The_last_week_is_partial_when_the_log_ends_before_friday(int lastDay, bool partial)
    {
        // 11/10 00:30 JST written in UTC still counts as the first day; the last is noon JST on the given day of November.
        UsageEvent[] usage = [Request("s-a", "総務課", 2026, 11, 10) with { Timestamp = new DateTimeOffset(2026, 11, 9, 15, 30, 0, TimeSpan.Zero) }, Request("s-a", "総務課", 2026, 11, lastDay)];

        KpiFindings findings = Build(usage: usage, inputs: new KpiFindingsInputs { EligibleStaff = TwoDepartments });

        Assert.Equal(new DateOnly(2026, 11, lastDay), findings.LastUsageDay);
        Assert.Equal(partial, findings.LastWeekIsPartial);
        Assert.Equal(lastDay == 23, findings.LastMonthIsPartial);
    }

    [Fact]
    public void A_period_that_ends_within_the_last_month_is_named_as_the_cause()
    {
        UsageEvent[] usage = [Request("s-a", "総務課", 2026, 11, 2), Request("s-a", "総務課", 2026, 11, 10), Request("s-a", "総務課", 2026, 11, 28)];

        KpiFindings findings = Build(usage: usage, inputs: Period(null, new DateOnly(2026, 11, 15)) with { EligibleStaff = TwoDepartments });

        string note = Assert.Single(findings.Notes);
        Assert.StartsWith("最後の月（2026-11）は期間の終わり 2026-11-10 までのデータです。", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_eligible_staff_the_shares_are_noted_as_not_measured()
    {
        KpiFindings findings = Build(usage: [Request("s-a", "総務課", 2026, 11, 28)]);

        Assert.False(findings.HasEligibleStaff);
        Assert.Equal(["対象職員数（部署ごと）が与えられていないため、利用者割合・回答率・全職員への換算は測定していません。"], findings.Notes);
        Assert.Null(findings.LastMonth!.Share.Total.Rate);
    }

    [Fact]
    public void A_log_of_harness_traffic_only_has_no_usage_and_no_user_feedback()
    {
        UsageEvent[] usage = [Harness(2026, 11, 2, UsageFeedback.Bad), Harness(2026, 11, 3, UsageFeedback.Good)];

        KpiFindings findings = Build(usage: usage, inputs: new KpiFindingsInputs { EligibleStaff = TwoDepartments });

        Assert.False(findings.HasUsage);
        Assert.Equal((0, 2), (findings.Users!.Rows, findings.Users.HarnessRows));
        Assert.Null(findings.LastUsageDay);
        Assert.False(findings.LastMonthIsPartial || findings.LastWeekIsPartial);
        Assert.Null(findings.LastMonth);
        Assert.Null(findings.Feedback);
        Assert.Null(findings.Tokens);
        Assert.Empty(findings.Notes);
        Assert.Equal("期間内の利用ログ（評価ハーネス以外）がない", KpiMetrics.WhyNotMeasured(findings, KpiMetrics.ActiveShare));
    }

    [Fact]
    public void Nothing_given_is_nothing_measured_never_zero()
    {
        KpiFindings findings = Build(inputs: new KpiFindingsInputs { EligibleStaff = TwoDepartments, Provider = "cloud" });

        Assert.False(findings.HasSurvey || findings.HasUsage || findings.HasTimings);
        Assert.Null(findings.Satisfaction);
        Assert.Null(findings.Users);
        Assert.Null(findings.Tokens);
        Assert.Empty(findings.SelfReportedTime);
        Assert.Equal("cloud", findings.Provider);
        Assert.All(KpiMetrics.Names, name => Assert.Null(KpiMetrics.Measure(findings, name)));
        Assert.All(KpiMetrics.Names, name => Assert.NotNull(KpiMetrics.WhyNotMeasured(findings, name)));
    }

    [Fact]
    public void Waves_that_all_name_dates_are_ordered_by_date_so_the_latest_is_the_last_in_time()
    {
        // In string order 2026-11 comes before 2026-11-01; by date the month (11/1–11/30) ends after the day, so it is the latest.
        SurveyResponse[] survey = [User("2026-11", "s-a", "総務課", 5), User("2026-11-01", "s-b", "総務課", 1)];

        KpiFindings findings = Build(survey: survey, inputs: new KpiFindingsInputs { EligibleStaff = TwoDepartments });

        Assert.Equal(["2026-11-01", "2026-11"], findings.Satisfaction!.Waves.Select(w => w.Wave));
        Assert.Equal(["2026-11-01", "2026-11"], findings.SelfReportedUse.Select(w => w.Wave));
        Assert.Equal(["2026-11-01", "2026-11"], findings.SelfReportedTime.Select(w => w.Wave));
        Assert.Equal("2026-11", findings.LatestSatisfaction!.Wave);
        Assert.Equal(1.0, KpiMetrics.Measure(findings, KpiMetrics.SatisfactionTopTwo)!.Value);
        Assert.StartsWith("2026-11回次: ", KpiMetrics.Measure(findings, KpiMetrics.SatisfactionTopTwo)!.Method, StringComparison.Ordinal);
        Assert.Empty(findings.Notes);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Undated_timings_kept_in_a_period_are_noted(bool withPeriod)
    {
        TaskTiming[] timings = [Timing("税務", 30, 20, new DateOnly(2026, 11, 4)), Timing("税務", 40, 25), Timing("総務", 20, 10)];

        KpiFindings findings = Build(
            timings: timings,
            inputs: (withPeriod ? Period(new DateOnly(2026, 11, 1), null) : new KpiFindingsInputs()) with { EligibleStaff = TwoDepartments });

        Assert.Equal(3, findings.MeasuredTime!.Overall!.N);
        Assert.Equal(withPeriod ? ["日付のない業務時間の実測（2件）は期間で絞り込まずに含めています。"] : [], findings.Notes);
    }

    [Fact]
    public void Imports_of_the_same_kind_whose_periods_overlap_are_noted_and_all_kept()
    {
        // Usage 1 (10/1–10/31) and 2 (10/15–11/15) overlap; 3 (11/16–) does not; the survey's period is of another kind.
        StoredKpiImport[] sources =
        [
            Import(1, KpiKind.Usage, "usage-oct.csv", "2026-09-30T15:00:00Z", "2026-10-31T14:59:59Z"),
            Import(2, KpiKind.Usage, "usage-mid.csv", "2026-10-14T15:00:00Z", "2026-11-15T14:59:59Z"),
            Import(3, KpiKind.Usage, "usage-nov.csv", "2026-11-15T15:00:00Z", "2026-11-30T14:59:59Z"),
            Import(4, KpiKind.Survey, "survey.csv", "2026-10", "2026-11"),
        ];
        UsageEvent[] usage = [Request("s-a", "総務課", 2026, 10, 20), Request("s-a", "総務課", 2026, 10, 20), Request("s-b", "総務課", 2026, 11, 24)];

        KpiFindings findings = KpiFindingsBuilder.Build(sources, [], usage, [], new KpiFindingsInputs { EligibleStaff = TwoDepartments });

        Assert.Equal(
            ["取り込み 1（usage-oct.csv）と 2（usage-mid.csv）の期間が重なっています。同じデータを二重に取り込んだ場合は数値が過大です。同じ月を分けて書き出した別々のデータなら問題ありません。"],
            findings.Notes);
        Assert.Equal(3, findings.Users!.Rows);
    }

    private static StoredKpiImport Import(long id, KpiKind kind, string file, string from, string to) => new()
    {
        ImportId = id,
        Kind = kind,
        FileName = file,
        ContentHash = $"hash-{id}",
        Rows = 1,
        HarnessRows = 0,
        PeriodFrom = from,
        PeriodTo = to,
        ImportedAt = new DateTimeOffset(2026, 12, 1, 9, 0, 0, Jst),
    };

    private static KpiFindingsInputs Period(DateOnly? from, DateOnly? to) => new() { Selection = new KpiSelection(From: from, To: to) };
}
