namespace GaiEval.Tests.Kpi.Doc;

using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Import;
using GaiEval.Core.Kpi.Measures;

/// <summary>
/// Small hand-made KPI records whose figures are worked out by hand below. Staff keys look like the hashes an import
/// writes, so that a test can assert none of them reaches a report.
/// </summary>
internal static class HandMadeKpis
{
    public const string NonUserReason = "<b>時間がない</b>|[忙しい](javascript:x)";

    // Eligible staff 20: 総務課 10, 税務課 5, 福祉課 5 (福祉課: no respondent, no user).
    public static readonly Dictionary<string, int> Eligible = new(StringComparer.Ordinal) { ["総務課"] = 10, ["税務課"] = 5, ["福祉課"] = 5 };

    // Wave 2026-10, six respondents (response rate 6/20 = 30.0%):
    // r1 総務課 used, 5, recommend 10 (promoter), 15〜30分 × 週3〜5回 = 15 × 3 = 45 min/week (lower edge)
    // r2 総務課 used, 4, recommend 8 (passive), 10 × 2 = 20
    // r3 総務課 used, satisfaction blank, minutes blank (blank band)
    // r4 税務課 used, 2, recommend 3 (detractor), 30 × 週1〜2回 = 30 × 1 = 30
    // r5 税務課 did not use (0 minutes), with a reason
    // r6 税務課 "used" blank
    // Satisfaction of users: [5, 4, 2] n = 3, blank 1; top-2 2/3 = 66.7%; mean 11/3 = 3.67; NPS (100 + 0 − 100) / 3 = 0.
    // 自己申告 use: 4 of the 5 who answered = 80.0%, 1 blank.
    // Self-reported time: 総務課 (45 + 20) / 2 = 32.5 × 10 = 325; 税務課 (30 + 0) / 2 = 15 × 5 = 75; 400 min/week
    // → 400 × 52 / 12 / 60 = 28.888… hours/month (28.9); × 3,000 円 = 86,666.7 円 (86,667).
    public static readonly SurveyResponse[] Survey =
    [
        Answer("5f0c2a9e1b7d4c11", "総務課", true, 5, 10, new Band(15, 30, "15〜30分"), new Band(3, 5, "週3〜5回"), ["文書作成"]),
        Answer("a83e6d20c4f9b512", "総務課", true, 4, 8, Band.Exact(10, "10"), Band.Exact(2, "2"), ["文書作成", "要約"]),
        Answer("c71b09e3d58a2f13", "総務課", true, null, null, null, Band.Exact(2, "2"), []),
        Answer("9d4e8f1a26c3b714", "税務課", true, 2, 3, Band.Exact(30, "30"), new Band(1, 2, "週1〜2回"), ["要約"]),
        Answer("e2a5c7d90b1f3e15", "税務課", false, null, null, null, null, []) with { Comment = NonUserReason },
        Answer("1b3d5f7092a4c616", "税務課", null, null, null, null, null, []),
    ];

    // Usage log, JST. u1 総務課 10/5, 11/2, 11/9, 11/16, 11/23 (W41, W45–W48: habitual); u2 総務課 10/6 (October only);
    // u3 税務課 11/10 (its input tokens missing); u4 企画課 (not eligible) 10/7, 11/11; u5 税務課 11/13; two harness rows.
    // October: u1, u2, u4 = 3 active, 2 of eligible departments → 2/20 = 10.0%.
    // November: u1, u3, u4, u5 = 4 active, 3 of eligible departments → 3/20 = 15.0%.
    // Funnel: eligible 20 → ever used 4 (u4 apart) → November 3 → habitual 1 (5.0%). Retention of October's 3 new users: u1, u4 = 2/3.
    // Tokens 10,000 in / 5,000 out a request. October 3 requests: 30,000 / 15,000 → 30,000 × 1,000 / 1M + 15,000 × 2,000 / 1M = 60 円.
    // November 7 requests (6 with input): 60,000 / 35,000 → 60 + 70 = 130 円.
    // Feedback: u1 11/2 bad, u1 11/9 good, u3 good (the harness's bad apart) → bad 1/3 = 33.3%.
    public static readonly UsageEvent[] Usage =
    [
        Request("0a1b2c3d4e5f6071", "総務課", 10, 5),
        Request("0a1b2c3d4e5f6071", "総務課", 11, 2) with { Feedback = UsageFeedback.Bad },
        Request("0a1b2c3d4e5f6071", "総務課", 11, 9) with { Feedback = UsageFeedback.Good },
        Request("0a1b2c3d4e5f6071", "総務課", 11, 16),
        Request("0a1b2c3d4e5f6071", "総務課", 11, 23),
        Request("f6e5d4c3b2a19082", "総務課", 10, 6),
        Request("7c6b5a4938271693", "税務課", 11, 10) with { InputTokens = null, Feedback = UsageFeedback.Good },
        Request("3e4f5a6b7c8d90a4", "企画課", 10, 7),
        Request("3e4f5a6b7c8d90a4", "企画課", 11, 11),
        Request("b9a8c7d6e5f40315", "税務課", 11, 13),
        Request("d0c0ffee00000006", "総務課", 11, 12) with { FromHarness = true, Feedback = UsageFeedback.Bad },
        Request("d0c0ffee00000006", "総務課", 11, 12) with { FromHarness = true },
    ];

    // 住民票・戸籍: 20 → 8 (12), 15 → 5 (10), 30 → 16 (14): mean 12.0, n = 3. 税務: 10 → 4 (6), n = 1. Overall 42 / 4 = 10.5.
    public static readonly TaskTiming[] Timings =
    [
        Timing("住民票・戸籍", "aa11bb22cc33dd47", 20, 8),
        Timing("住民票・戸籍", "aa11bb22cc33dd47", 15, 5),
        Timing("住民票・戸籍", "ee55ff66aa77bb58", 30, 16),
        Timing("税務", "ee55ff66aa77bb58", 10, 4),
    ];

    private static readonly StoredKpiImport[] Sources =
    [
        Source(1, KpiKind.Survey, "survey.csv", 6, 0, "2026-10", "2026-10"),
        Source(2, KpiKind.Usage, "usage-log.csv", 12, 2, "2026-10-05T01:00:00Z", "2026-11-23T01:00:00Z"),
        Source(3, KpiKind.Timing, "timings.csv", 4, 0, null, null),
    ];

    public static IEnumerable<string> StaffKeys =>
        Survey.Select(r => r.Respondent).Concat(Usage.Select(e => e.User)).Concat(Timings.Select(t => t.Staff)).Distinct(StringComparer.Ordinal);

    public static KpiFindingsInputs Inputs { get; } = new()
    {
        EligibleStaff = Eligible,
        Prices = new UsageTokenPrices(1000, 2000, "円"),
        Assumptions = new TimeSavedAssumptions { HourlyCost = 3000 },
        Provider = "cloud",
    };

    public static KpiFindings All() => KpiFindingsBuilder.Build(Sources, Survey, Usage, Timings, Inputs);

    public static KpiFindings SurveyOnly() => KpiFindingsBuilder.Build([Sources[0]], Survey, [], [], Inputs);

    private static SurveyResponse Answer(
        string respondent, string department, bool? used, int? satisfaction, int? recommend, Band? minutes, Band? uses, IReadOnlyList<string> useNames) => new()
        {
            Wave = "2026-10",
            Respondent = respondent,
            Department = department,
            Used = used,
            Satisfaction = satisfaction,
            Recommend = recommend,
            MinutesSavedPerUse = minutes,
            UsesPerWeek = uses,
            Uses = useNames,
        };

    private static UsageEvent Request(string user, string department, int month, int day) => new()
    {
        Timestamp = new DateTimeOffset(2026, month, day, 10, 0, 0, TimeSpan.FromHours(9)),
        User = user,
        Department = department,
        InputTokens = 10_000,
        OutputTokens = 5_000,
    };

    private static TaskTiming Timing(string category, string staff, double without, double with) => new()
    {
        Task = $"{category}の作業",
        Category = category,
        Staff = staff,
        MinutesWithout = without,
        MinutesWith = with,
    };

    private static StoredKpiImport Source(long id, KpiKind kind, string file, long rows, long harness, string? from, string? to) => new()
    {
        ImportId = id,
        Kind = kind,
        FileName = file,
        ContentHash = new string((char)('0' + id), 64),
        Rows = rows,
        HarnessRows = harness,
        PeriodFrom = from,
        PeriodTo = to,
        ImportedAt = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(9)),
    };
}
