namespace GaiEval.Tests.Kpi.Measures;

using GaiEval.Core.Analysis;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Measures;

public sealed class UsersMeasureTests
{
    private static readonly Dictionary<string, int> Eligible = new() { ["総務課"] = 10, ["税務課"] = 5 };

    // Days are JST. ISO weeks: W40 from Mon 9/28, W41 10/5, W42 10/12, W43 10/19, W44 10/26 (to Sun 11/1), W45 11/2,
    // W46 11/9, W47 11/16, W48 11/23. A week belongs to the month of its Thursday: W40–W44 October, W45–W48 November.
    // u1 総務課: 10/1, 11/2, 11/9, 11/16 (W40, W45, W46, W47) — habitual (3 of the last 4 weeks W45–W48).
    // u2 税務課: 10/5, 10/12 — October only, not retained.
    // u3 総務課: 2026-10-31 23:30 UTC = 11/1 08:30 JST (November, W44), 11/23 — a November new user; W48 only.
    // u5 総務課: 10/26, 11/9, 11/27 (W44, W46, W48) — 2 of the last 4 weeks, not habitual; retained.
    // u4 企画課 (not in the map), written at +09:00: 11/10, 11/17, 11/24 — 3 of the last 4 weeks, but an unknown department.
    // The harness's own request (10/2) is never a user.
    private static readonly UsageEvent[] Events =
    [
        Request("u1", "総務課", Utc(2026, 10, 1, 1)),
        Request("u1", "総務課", Utc(2026, 11, 2, 1)),
        Request("u1", "総務課", Utc(2026, 11, 9, 1)),
        Request("u1", "総務課", Utc(2026, 11, 16, 1)),
        Request("u2", "税務課", Utc(2026, 10, 5, 1)),
        Request("u2", "税務課", Utc(2026, 10, 12, 1)),
        Request("u3", "総務課", new DateTimeOffset(2026, 10, 31, 23, 30, 0, TimeSpan.Zero)),
        Request("u3", "総務課", Utc(2026, 11, 23, 1)),
        Request("u5", "総務課", Utc(2026, 10, 26, 1)),
        Request("u5", "総務課", Utc(2026, 11, 9, 2)),
        Request("u5", "総務課", Utc(2026, 11, 27, 3)),
        Request("u4", "企画課", new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.FromHours(9))),
        Request("u4", "企画課", new DateTimeOffset(2026, 11, 17, 9, 0, 0, TimeSpan.FromHours(9))),
        Request("u4", "企画課", new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(9))),
        Request("gaieval", "総務課", Utc(2026, 10, 2, 1)) with { FromHarness = true },
    ];

    [Fact]
    public void A_late_evening_utc_timestamp_falls_on_the_next_day_in_japan()
    {
        var lateUtc = new DateTimeOffset(2026, 10, 31, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 11, 1), JstCalendar.Day(lateUtc));
        Assert.Equal("2026-11", JstCalendar.Month(lateUtc));
        Assert.Equal("2026-W44", JstCalendar.Week(lateUtc));
        Assert.Equal("2026-10", JstCalendar.Month(new DateTimeOffset(2026, 10, 31, 14, 59, 0, TimeSpan.Zero))); // 23:59 JST
    }

    [Fact]
    public void Counts_monthly_active_users_in_japan_time_without_the_harness()
    {
        UsersResult result = Measure();

        // October: u1, u2, u5 (u3's request is November in JST) = 3; November: u1, u3, u5, u4 = 4.
        Assert.Equal((14, 1), (result.Rows, result.HarnessRows));
        Assert.Equal(["2026-10", "2026-11"], result.Months.Select(m => m.Month));
        Assert.Equal([3, 4], result.Months.Select(m => m.ActiveUsers));
    }

    [Fact]
    public void Shares_of_eligible_staff_keep_empty_departments_and_list_unknown_ones()
    {
        UsersResult result = Measure();

        // October: 総務課 u1 u5 = 2/10, 税務課 u2 = 1/5, total 3/15. November: 総務課 u1 u3 u5 = 3/10, 税務課 0/5,
        // 企画課 u4 listed without a denominator; total over the map 3/15.
        ShareOfEligible october = result.Months[0].Share;
        ShareOfEligible november = result.Months[1].Share;
        Assert.Equal([0.2, 0.2], october.Departments.Select(d => d.Rate!.Value!.Value));
        Assert.Equal(0.2, october.Total.Rate!.Value!.Value, 12);
        Assert.Empty(october.UnknownDepartments);
        Assert.Equal([(string?)"税務課", "総務課"], november.Departments.Select(d => (string?)d.Department));
        Assert.Equal([0.0, 0.3], november.Departments.Select(d => d.Rate!.Value!.Value));
        Assert.Equal((0, 0), (november.Departments[0].Count, november.Departments[0].Rate!.N));
        Assert.Equal(("企画課", 1, (Estimate?)null), (november.UnknownDepartments[0].Department, november.UnknownDepartments[0].Count, november.UnknownDepartments[0].Rate));
        Assert.Equal((3, 15), (november.Total.Count, november.Total.Eligible!.Value));
    }

    [Fact]
    public void Weekly_actives_include_empty_weeks_and_stickiness_divides_their_mean_by_the_month()
    {
        UsersResult result = Measure();

        // W40 u1; W41 u2; W42 u2; W43 none; W44 u5, u3; W45 u1; W46 u1 u5 u4; W47 u1 u4; W48 u3 u4 u5.
        Assert.Equal(["2026-W40", "2026-W41", "2026-W42", "2026-W43", "2026-W44", "2026-W45", "2026-W46", "2026-W47", "2026-W48"], result.Weeks.Select(w => w.Week));
        Assert.Equal([1, 1, 1, 0, 2, 1, 3, 2, 3], result.Weeks.Select(w => w.ActiveUsers));

        // October: (1 + 1 + 1 + 0 + 2) / 5 = 1, ÷ 3 = 1/3. November: (1 + 3 + 2 + 3) / 4 = 2.25, ÷ 4 = 0.5625.
        Assert.Equal(1.0 / 3, result.Months[0].Stickiness!.Value!.Value, 12);
        Assert.Equal(0.5625, result.Months[1].Stickiness!.Value!.Value, 12);
    }

    [Fact]
    public void Funnel_tells_habitual_users_from_occasional_ones()
    {
        UsageFunnel funnel = Measure().Funnel!;

        // Eligible 15 → ever used u1 u2 u3 u5 = 4 (u4's 企画課 is apart) → active in November u1 u3 u5 = 3 → habitual u1 = 1
        // (u5 has W46 and W48, u3 W48 only; u4 has 3 weeks but is outside the map).
        Assert.Equal((15, 4, 3, 1, 1), (funnel.Eligible, funnel.EverUsed, funnel.ActiveLastMonth, funnel.Habitual, funnel.UnknownDepartmentUsers));
        Assert.Equal("2026-11", funnel.LastMonth);
        Assert.Equal(["2026-W45", "2026-W46", "2026-W47", "2026-W48"], funnel.LastWeeks);
    }

    [Fact]
    public void Retention_is_the_share_of_a_months_new_users_active_the_next_month()
    {
        MonthRetention retention = Assert.Single(Measure().Retention);

        // October's new users u1, u2, u5; u1 and u5 are active in November: 2/3. November has no next month.
        Assert.Equal(("2026-10", "2026-11", 3), (retention.Month, retention.NextMonth, retention.NewUsers));
        WilsonByHand.AssertInterval(2, 3, retention.Retained);
    }

    [Fact]
    public void Harness_traffic_alone_has_no_users()
    {
        UsersResult result = UsersMeasure.Measure([Events[^1]], Eligible);

        Assert.Equal((0, 1, null), (result.Rows, result.HarnessRows, result.Funnel));
        Assert.Empty(result.Months);
    }

    [Fact]
    public void Without_a_log_the_survey_gives_a_self_reported_share()
    {
        SurveyResponse[] responses =
        [
            Said(true), Said(true), Said(true), Said(false), Said(null),
        ];

        SelfReportedUse use = Assert.Single(UsersMeasure.SelfReported(responses));

        // 3 of the 4 who answered said they used it; the blank one is counted apart.
        WilsonByHand.AssertInterval(3, 4, use.Share);
        Assert.Equal(1, use.Blank);
        Assert.Contains("自己申告", use.Share.Method, StringComparison.Ordinal);
    }

    private static UsersResult Measure() => UsersMeasure.Measure(Events, Eligible);

    private static DateTimeOffset Utc(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    private static UsageEvent Request(string user, string department, DateTimeOffset at) => new() { Timestamp = at, User = user, Department = department };

    private static SurveyResponse Said(bool? used) => new() { Wave = "2026-10", Respondent = Guid.NewGuid().ToString("N"), Used = used };
}
