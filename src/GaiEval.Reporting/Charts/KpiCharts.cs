namespace GaiEval.Reporting.Charts;

using GaiEval.Core.Kpi.Findings;
using GaiEval.Reporting.Html;

/// <summary>
/// The charts of the KPIs from real use, each drawn only when its data is there: satisfaction per wave, active users per
/// month, the funnel, tokens per month, and time saved by method (self-reported and measured apart, never one bar).
/// </summary>
public static class KpiCharts
{
    public static IReadOnlyList<string> FileStems { get; } =
    [
        KpiSatisfactionChart.FileStem, KpiActiveUsersChart.FileStem, KpiFunnelChart.FileStem, KpiTokensChart.FileStem,
        KpiSelfReportedTimeChart.FileStem, KpiMeasuredTimeChart.FileStem,
    ];

    /// <summary>Every KPI chart the findings can fill, as SVG and (with a folder) PNG files named by their stems.</summary>
    public static IReadOnlyList<Chart> Render(KpiFindings findings, ChartFont font, string? pngFolder)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(font);
        return [.. new[]
        {
            KpiSatisfactionChart.Render(findings, font, pngFolder),
            KpiActiveUsersChart.Render(findings, font, pngFolder),
            KpiFunnelChart.Render(findings, font, pngFolder),
            KpiTokensChart.Render(findings, font, pngFolder),
            KpiSelfReportedTimeChart.Render(findings, font, pngFolder),
            KpiMeasuredTimeChart.Render(findings, font, pngFolder),
        }.OfType<Chart>()];
    }

    /// <summary>The KPI charts for HTML, keyed by stem so the KPI detail places each beside its table; captions carry the font notice.</summary>
    public static IReadOnlyList<HtmlChart> ForHtml(KpiFindings findings, ChartFont font, HtmlSection? section = null)
    {
        string notice = font.Notice is { } text ? $"（{text}）" : string.Empty;
        return [.. Render(findings, font, pngFolder: null).Select(c => new HtmlChart(c.Title + notice, c.Svg, section, c.FileStem))];
    }
}
