namespace GaiEval.Core.Kpi.Findings;

using GaiEval.Core.Kpi.Measures;

/// <summary>
/// The five KPIs from real use, computed once from the selected imports and rendered by every writer (report.html,
/// decision.md, analysis.json, the KPI report) and judged by the gate. A part is null (or empty) when its data was not
/// given; then it is reported as not measured, never as zero.
/// </summary>
public sealed record KpiFindings
{
    public required KpiSelection Selection { get; init; }

    /// <summary>The imports the figures were computed from, in the order imported.</summary>
    public required IReadOnlyList<StoredKpiImport> Sources { get; init; }

    /// <summary>Department → eligible staff; empty when not given.</summary>
    public required IReadOnlyDictionary<string, int> EligibleStaff { get; init; }

    /// <summary>The id of the provider whose real use this is (plan <c>kpi.provider</c>); null when not named.</summary>
    public string? Provider { get; init; }

    public required TimeSavedAssumptions Assumptions { get; init; }

    /// <summary>Null without survey responses in the period.</summary>
    public SatisfactionResult? Satisfaction { get; init; }

    /// <summary>Per wave, the share of respondents who said they used it (自己申告): the users' share when there is no log.</summary>
    public IReadOnlyList<SelfReportedUse> SelfReportedUse { get; init; } = [];

    /// <summary>Null without usage log rows in the period (harness rows alone give a result with no months).</summary>
    public UsersResult? Users { get; init; }

    /// <summary>Null without real use in the period (a log of harness rows only gives none; <see cref="UsersResult.HarnessRows"/> counts them).</summary>
    public TokensResult? Tokens { get; init; }

    /// <summary>Null when no row of the log carries feedback.</summary>
    public FeedbackResult? Feedback { get; init; }

    /// <summary>削減業務時間 (a) per wave; empty without survey responses.</summary>
    public IReadOnlyList<WaveSelfReportedTime> SelfReportedTime { get; init; } = [];

    /// <summary>削減業務時間 (b); null without timings in the period.</summary>
    public MeasuredTimeSavedResult? MeasuredTime { get; init; }

    public required KpiTrend Trend { get; init; }

    /// <summary>The first day (JST) of real use in the log within the period; null without real use.</summary>
    public DateOnly? FirstUsageDay { get; init; }

    /// <summary>The last day (JST) of real use in the log within the period; null without real use.</summary>
    public DateOnly? LastUsageDay { get; init; }

    /// <summary>Whether the log's last month is counted only in part: its data end more than a week before the month does.</summary>
    public bool LastMonthIsPartial => LastUsageDay is { } last && EndsEarlyInMonth(last);

    /// <summary>
    /// Whether the log's last month is counted only from part way: the period (<c>kpi.from</c>) begins after its first day,
    /// or the log's data begin more than a week into it (as <see cref="LastMonthIsPartial"/> allows a week at the end).
    /// </summary>
    public bool LastMonthStartsLate => FirstUsageDay is { } first && LastUsageDay is { } last
        && first.Year == last.Year && first.Month == last.Month
        && (first.Day > 7 || Selection.From is { } from && from.Year == last.Year && from.Month == last.Month && from.Day > 1);

    /// <summary>
    /// Whether the log's last ISO week is counted only in part: its data end Monday to Thursday (a week whose data end on
    /// Friday or the weekend counts as whole, weekends being rarely worked).
    /// </summary>
    public bool LastWeekIsPartial => LastUsageDay is { DayOfWeek: >= DayOfWeek.Monday and <= DayOfWeek.Thursday };

    /// <summary>What the reader must know about the data (a partial last month, waves with no date, ...), in Japanese.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public bool HasSurvey => Satisfaction is not null;

    /// <summary>Whether the log has rows of real use (not only the harness's own).</summary>
    public bool HasUsage => Users is { Rows: > 0 };

    public bool HasTimings => MeasuredTime is not null;

    public bool HasEligibleStaff => EligibleStaff.Count > 0;

    /// <summary>The latest wave in which users rated satisfaction; null when none did.</summary>
    public WaveSatisfaction? LatestSatisfaction => Satisfaction?.Waves.LastOrDefault(w => w.Users.N > 0);

    /// <summary>The last month of the log; null without real use.</summary>
    public MonthlyActive? LastMonth => Users?.Months.LastOrDefault();

    /// <summary>
    /// The latest wave when some of its users answered both bands and it has a monthly total; null otherwise, never an older
    /// wave in its place (a wave of non-users only would give a total of 0 that nobody reported).
    /// </summary>
    public WaveSelfReportedTime? LatestSelfReportedTime => SelfReportedTime.Count > 0 && SelfReportedTime[^1] is { Answered: > 0, HoursPerMonth: not null } latest
        ? latest
        : null;

    /// <summary>Whether data ending on <paramref name="lastDay"/> leave more than a week of its month uncounted.</summary>
    public static bool EndsEarlyInMonth(DateOnly lastDay) =>
        lastDay.AddDays(7) <= new DateOnly(lastDay.Year, lastDay.Month, 1).AddMonths(1).AddDays(-1);
}
