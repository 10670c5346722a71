namespace GaiEval.Tests.Kpi.Findings;

using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Findings;

/// <summary>Hand-made KPI records (staff keys already look hashed) and findings built from them.</summary>
internal static class KpiRecords
{
    public static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    public static SurveyResponse User(string wave, string respondent, string department, int? satisfaction, int? recommend = null) => new()
    {
        Wave = wave,
        Respondent = respondent,
        Department = department,
        Used = true,
        Satisfaction = satisfaction,
        Recommend = recommend,
    };

    public static SurveyResponse NonUser(string wave, string respondent, string department) =>
        new() { Wave = wave, Respondent = respondent, Department = department, Used = false };

    /// <summary>A request at noon JST of the day.</summary>
    public static UsageEvent Request(string user, string department, int year, int month, int day, UsageFeedback? feedback = null) => new()
    {
        Timestamp = new DateTimeOffset(year, month, day, 12, 0, 0, Jst),
        User = user,
        Department = department,
        InputTokens = 100,
        OutputTokens = 200,
        Feedback = feedback,
    };

    public static UsageEvent Harness(int year, int month, int day, UsageFeedback? feedback = null) =>
        Request("s-harness", "総務課", year, month, day, feedback) with { FromHarness = true };

    public static TaskTiming Timing(string category, double without, double with, DateOnly? date = null) => new()
    {
        Task = $"{category}の作業",
        Category = category,
        Staff = "s-timer",
        MinutesWithout = without,
        MinutesWith = with,
        Date = date,
    };

    public static KpiFindings Build(
        IReadOnlyList<SurveyResponse>? survey = null,
        IReadOnlyList<UsageEvent>? usage = null,
        IReadOnlyList<TaskTiming>? timings = null,
        KpiFindingsInputs? inputs = null) =>
        KpiFindingsBuilder.Build([], survey ?? [], usage ?? [], timings ?? [], inputs ?? new KpiFindingsInputs());

    public static Dictionary<string, int> Eligible(params (string Department, int Staff)[] departments) =>
        departments.ToDictionary(d => d.Department, d => d.Staff, StringComparer.Ordinal);
}
