namespace GaiEval.Core.Kpi;

using System.Globalization;

/// <summary>A day of a KPI period as written in a plan or on the command line: yyyy-MM-dd, a day in Japan.</summary>
public static class KpiDay
{
    public static DateOnly? Parse(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day) ? day : null;

    /// <summary>The message for a value that is not a day.</summary>
    public static string Wrong(string field, string text) => $"{field} は日付（例: 2026-10-01、日本時間の日）で書いてください（指定値: 「{text}」）";
}
