namespace GaiEval.Reporting.Charts;

using GaiEval.Core.Reporting;
using GaiEval.Reporting.Html;

/// <summary>
/// The charts of the HTML report, inline as SVG, each in the section it illustrates. Without a Japanese font the charts
/// have ASCII labels, and each caption says so.
/// </summary>
public static class HtmlCharts
{
    public static IReadOnlyList<HtmlChart> For(RunReport report)
    {
        // The renderer always writes PNGs too; the HTML needs only the SVGs, so the PNGs go to a scratch folder.
        string scratch = Path.Combine(Path.GetTempPath(), "gaieval-charts-" + Guid.NewGuid().ToString("N"));
        try
        {
            var renderer = new ChartRenderer();
            string notice = renderer.Notice is { } text ? $"（{text}）" : string.Empty;
            return [.. renderer.RenderAll(report, scratch).Select(chart => new HtmlChart(chart.Title + notice, chart.Svg, SectionOf(chart)))];
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    private static HtmlSection SectionOf(Chart chart) => chart.FileStem switch
    {
        "latency" => HtmlSection.Latency,
        "tco" => HtmlSection.Cost,
        _ => HtmlSection.Accuracy,
    };
}
