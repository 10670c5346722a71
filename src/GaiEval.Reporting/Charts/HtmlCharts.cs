namespace GaiEval.Reporting.Charts;

using GaiEval.Core.Reporting;
using GaiEval.Reporting.Html;

/// <summary>
/// The charts of the HTML report, inline as SVG, each in the section it illustrates. Without a Japanese font the charts
/// have ASCII labels, and each caption says so. With KPIs from real use, their charts go beside the KPI detail's tables. The
/// report's own charts are the ones <see cref="ReportCharts"/> drew for the PNG files too.
/// </summary>
public static class HtmlCharts
{
    public static IReadOnlyList<HtmlChart> For(RunReport report)
    {
        ReportCharts drawn = ReportCharts.For(report);
        string notice = drawn.Font.Notice is { } text ? $"（{text}）" : string.Empty;
        List<HtmlChart> charts = [.. drawn.Charts.Select(chart => new HtmlChart(chart.Title + notice, chart.Svg, SectionOf(chart)))];
        if (report.Kpi is { } kpi)
        {
            charts.AddRange(KpiCharts.ForHtml(kpi, drawn.Font, HtmlSection.KpiDetail));
        }

        return charts;
    }

    private static HtmlSection SectionOf(Chart chart) => chart.FileStem switch
    {
        "latency" => HtmlSection.Latency,
        "tco" => HtmlSection.Cost,
        _ => HtmlSection.Accuracy,
    };
}
