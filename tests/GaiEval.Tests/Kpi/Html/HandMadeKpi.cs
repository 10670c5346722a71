namespace GaiEval.Tests.Kpi.Html;

using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Import;
using GaiEval.Core.Kpi.Measures;

/// <summary>
/// Small hand-made KPI data whose figures are worked out by hand below. Eligible staff: 総務課 10, 税務課 5, 企画課 4 (19);
/// 企画課 has no respondent and no user.
/// </summary>
internal static class HandMadeKpi
{
    public const string HostileComment = "<script>alert('kpi')</script>使い方が分からない";

    public static readonly Dictionary<string, int> Eligible = new(StringComparer.Ordinal) { ["総務課"] = 10, ["税務課"] = 5, ["企画課"] = 4 };

    // Wave 2026-10. Users' satisfaction: s1 5, s2 4, s3 2 (s4 used but left it blank): distribution [0,1,0,1,1], n = 3,
    // top-2 = 2/3 = 66.7%, mean 11/3 = 3.67. s5 did not use (hostile comment), s6 left "used" blank. Respondents 6 of 19
    // eligible: response rate 31.6% (総務課 3/10, 税務課 3/5, 企画課 0/4). NPS: s1 10 (+100), s2 7 (0), s3 3 (−100) → 0.
    // Self-reported (bands at the lower edge): s1 15〜30分 × 週3〜5回 = 45 min/week, s2 10 × 2 = 20, s5 not used = 0;
    // s3 and s4 left a band blank, s6 is unknown. 総務課 mean 65/3 min/week × 10 staff × 52/12 ÷ 60 = 15.6 hours/month;
    // 税務課 and 企画課 have no usable answer and are not extrapolated.
    // Wave 2026-12: s1 4, s2 3 → top-2 1/2 = 50.0%.
    public static readonly SurveyResponse[] Survey =
    [
        Answer("s1", "総務課", true, 5, recommend: 10, minutes: new Band(15, 30, "15〜30分"), uses: new Band(3, 5, "週3〜5回")),
        Answer("s2", "総務課", true, 4, recommend: 7, minutes: Band.Exact(10, "10"), uses: Band.Exact(2, "2")),
        Answer("s3", "税務課", true, 2, recommend: 3, uses: Band.Exact(1, "1")),
        Answer("s4", "税務課", true, null),
        Answer("s5", "総務課", false, null, comment: HostileComment),
        Answer("s6", "税務課", null, null),
        Answer("s1", "総務課", true, 4, wave: "2026-12"),
        Answer("s2", "総務課", true, 3, wave: "2026-12"),
    ];

    // JST days. ISO weeks W40 (from 9/28) … W48 (11/23); the last four are W45–W48.
    // u1 総務課 10/1, 11/2, 11/9, 11/16 (W40, W45, W46, W47: habitual); u2 税務課 10/5, 10/12; u3 総務課 11/23; u4 総務課 11/20.
    // MAU: October u1, u2 = 2 (2/19 = 10.5%); November u1, u3, u4 = 3 (3/19 = 15.8%). Funnel 19 → 4 → 3 → 1.
    // Retention: October's new users u1, u2; u1 active in November → 1/2 = 50.0%.
    // Tokens: 8 real requests × (100 in, 50 out) = 800 / 400; at 1,000 / 2,000 円 per million: 0.8 + 0.8 = 1.6 円.
    // Feedback: bad on u1 10/1 and u2 10/5, good on u1 11/2 and 11/9 → bad 2/4 = 50.0%. The harness row is never a user.
    public static readonly UsageEvent[] Usage =
    [
        Request("u1", "総務課", 2026, 10, 1, UsageFeedback.Bad),
        Request("u1", "総務課", 2026, 11, 2, UsageFeedback.Good),
        Request("u1", "総務課", 2026, 11, 9, UsageFeedback.Good),
        Request("u1", "総務課", 2026, 11, 16),
        Request("u2", "税務課", 2026, 10, 5, UsageFeedback.Bad),
        Request("u2", "税務課", 2026, 10, 12),
        Request("u3", "総務課", 2026, 11, 23),
        Request("u4", "総務課", 2026, 11, 20),
        Request("gaieval-harness", "総務課", 2026, 10, 2) with { FromHarness = true, InputTokens = 9999, OutputTokens = 9999 },
    ];

    // 窓口: 30 → 10 (20) and 40 → 25 (15): mean 17.5; 文書: 60 → 30 (30). Overall (20 + 15 + 30) / 3 = 21.7 minutes per task.
    public static readonly TaskTiming[] Timings =
    [
        Timing("窓口", 30, 10),
        Timing("窓口", 40, 25),
        Timing("文書", 60, 30),
    ];

    public static KpiFindingsInputs Inputs(string? provider = "cloud") => new()
    {
        EligibleStaff = Eligible,
        Prices = new UsageTokenPrices(1000, 2000, "円"),
        Assumptions = new TimeSavedAssumptions { HourlyCost = 4000 },
        Provider = provider,
    };

    public static KpiFindings All(string? provider = "cloud") =>
        KpiFindingsBuilder.Build(Sources(), Survey, Usage, Timings, Inputs(provider));

    /// <summary>Only the survey: no usage log, no timings.</summary>
    public static KpiFindings SurveyOnly() =>
        KpiFindingsBuilder.Build([Source(KpiKind.Survey, "survey.csv", 8, 0)], Survey, [], [], Inputs());

    /// <summary>Nothing but a usage log without feedback, and no eligible staff.</summary>
    public static KpiFindings UsageWithoutEligibleStaff() =>
        KpiFindingsBuilder.Build(
            [Source(KpiKind.Usage, "usage-log.csv", 9, 1)],
            [],
            [.. Usage.Select(e => e with { Feedback = null })],
            [],
            new KpiFindingsInputs());

    public static IReadOnlyList<StoredKpiImport> Sources() =>
    [
        Source(KpiKind.Survey, "survey.csv", 8, 0),
        Source(KpiKind.Usage, "usage-log.csv", 9, 1),
        Source(KpiKind.Timing, "timings.csv", 3, 0),
    ];

    private static StoredKpiImport Source(KpiKind kind, string file, long rows, long harness) => new()
    {
        ImportId = (long)kind + 1,
        Kind = kind,
        FileName = file,
        ContentHash = new string('a', 64),
        MappingFileName = kind == KpiKind.Survey ? "survey-mapping.yaml" : null,
        Rows = rows,
        HarnessRows = harness,
        PeriodFrom = "2026-10",
        PeriodTo = "2026-12",
        ImportedAt = new DateTimeOffset(2026, 12, 20, 9, 0, 0, TimeSpan.Zero),
    };

    private static SurveyResponse Answer(
        string who, string department, bool? used, int? satisfaction, int? recommend = null, Band? minutes = null, Band? uses = null,
        string? comment = null, string wave = "2026-10") => new()
        {
            Wave = wave,
            Respondent = "sk1_" + who,
            Department = department,
            Used = used,
            Satisfaction = satisfaction,
            Recommend = recommend,
            MinutesSavedPerUse = minutes,
            UsesPerWeek = uses,
            Uses = used == true ? ["文書作成"] : [],
            Comment = comment,
        };

    private static UsageEvent Request(string user, string department, int year, int month, int day, UsageFeedback? feedback = null) => new()
    {
        Timestamp = new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.FromHours(9)),
        User = "sk1_" + user,
        Department = department,
        InputTokens = 100,
        OutputTokens = 50,
        Use = "文書作成",
        Feedback = feedback,
    };

    private static TaskTiming Timing(string category, double without, double with) => new()
    {
        Task = category + "の作業",
        Category = category,
        Staff = "sk1_t",
        MinutesWithout = without,
        MinutesWith = with,
        Date = new DateOnly(2026, 11, 4),
    };
}
