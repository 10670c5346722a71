namespace GaiEval.Reporting.Text;

using System.Globalization;

/// <summary>The words every KPI report shares: 「未測定（why）」, a JST day.</summary>
internal static class KpiText
{
    public const string NotMeasuredLabel = "未測定";

    /// <summary>A KPI that could not be measured, with why: never shown as 0.</summary>
    public static string NotMeasured(string why) => $"{NotMeasuredLabel}（{why}）";

    /// <summary>e.g. 2026-10-01; null for an open end.</summary>
    public static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
