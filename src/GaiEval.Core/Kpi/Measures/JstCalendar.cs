namespace GaiEval.Core.Kpi.Measures;

using System.Globalization;

/// <summary>Months and ISO weeks of a timestamp as seen in Japan (+09:00), whatever offset the log wrote.</summary>
public static class JstCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static DateOnly Day(DateTimeOffset timestamp) => DateOnly.FromDateTime(timestamp.ToOffset(Offset).DateTime);

    /// <summary>e.g. 2026-10.</summary>
    public static string Month(DateTimeOffset timestamp) => MonthOf(Day(timestamp));

    public static string MonthOf(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>e.g. 2026-W41 (ISO 8601: weeks start on Monday; week 1 holds the year's first Thursday).</summary>
    public static string Week(DateTimeOffset timestamp) => WeekOf(Day(timestamp));

    public static string WeekOf(DateOnly day)
    {
        DateTime date = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}");
    }

    /// <summary>The Monday that starts the ISO week of the day.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The month an ISO week belongs to: that of its Thursday, as ISO assigns weeks to years.</summary>
    public static string MonthOfWeek(DateOnly weekStart) => MonthOf(weekStart.AddDays(3));
}
