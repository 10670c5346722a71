using System.Globalization;
using GaiEval.Core.Kpi;

namespace GaiEval.Storage.Rows;

/// <summary>A row of <c>kpi_task_timings</c>.</summary>
internal sealed record KpiTimingRow
{
    public const string SelectColumns =
        "line AS Line, task AS Task, category AS Category, use AS Use, staff AS Staff, minutes_without AS MinutesWithout, " +
        "minutes_with AS MinutesWith, date AS Date";

    public static readonly IReadOnlyList<string> Columns =
        ["line", "task", "category", "use", "staff", "minutes_without", "minutes_with", "date"];

    public required long Line { get; init; }

    public required string Task { get; init; }

    public required string Category { get; init; }

    public string? Use { get; init; }

    public required string Staff { get; init; }

    public required double MinutesWithout { get; init; }

    public required double MinutesWith { get; init; }

    public string? Date { get; init; }

    public static string? DateText(TaskTiming timing) =>
        timing.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static object?[] Values(TaskTiming timing) =>
        [timing.Line, timing.Task, timing.Category, timing.Use, timing.Staff, timing.MinutesWithout, timing.MinutesWith, DateText(timing)];

    public TaskTiming ToRecord() => new()
    {
        Line = (int)Line,
        Task = Task,
        Category = Category,
        Use = Use,
        Staff = Staff,
        MinutesWithout = MinutesWithout,
        MinutesWith = MinutesWith,
        Date = Date is null ? null : DateOnly.ParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
