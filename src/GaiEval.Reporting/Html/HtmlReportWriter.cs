namespace GaiEval.Reporting.Html;

using System.Text;
using GaiEval.Core.Reporting;

/// <summary>
/// Writes report.html: one self-contained Japanese page (inline CSS, inline SVG charts, one hashed inline script for the
/// drill-down filters, a Content Security Policy that allows nothing else), printable for a 決裁. A run whose item cards
/// do not fit (<see cref="DrilldownLimits"/>) also gets companion pages items/items-001.html … beside it, linked from it.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    private readonly Func<RunReport, IReadOnlyList<HtmlChart>> charts;

    public HtmlReportWriter()
        : this(_ => [])
    {
    }

    /// <summary>Shows these charts, in this order, under 図 in section 3.</summary>
    public HtmlReportWriter(IReadOnlyList<(string Title, string Svg)> charts)
        : this(_ => [.. charts.Select(c => new HtmlChart(c.Title, c.Svg))])
    {
        ArgumentNullException.ThrowIfNull(charts);
    }

    /// <summary>Draws the charts for each report when it is written (a writer in <see cref="ReportWriters"/> serves every run).</summary>
    public HtmlReportWriter(Func<RunReport, IReadOnlyList<HtmlChart>> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        this.charts = charts;
    }

    public string FileName => "report.html";

    /// <summary>True: the charts are drawn as the page is written.</summary>
    public bool DrawsCharts => true;

    public async Task WriteAsync(RunReport report, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(folder);
        // The charts are drawn on another core while the item pages are written: neither needs the other.
        Task<IReadOnlyList<HtmlChart>> drawing = Task.Run(() => charts(report), cancellationToken);
        var drilldown = new DrilldownSection(report);
        ItemPages.RemoveOld(folder);
        if (drilldown.Paged)
        {
            await ItemPages.WriteAsync(report, drilldown.Card, folder, cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<HtmlChart> drawn = await drawing.ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        string path = Path.Combine(folder, FileName);
        string partial = path + ".partial";
        await using (var output = new StreamWriter(partial, append: false, new UTF8Encoding(false)))
        {
            HtmlDocument.Write(output, report, drawn, drilldown);
        }

        File.Move(partial, path, overwrite: true);
    }

    /// <summary>report.html's text (without the companion pages <see cref="WriteAsync"/> writes beside it when the items need them).</summary>
    public string Render(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Render(report, new DrilldownSection(report));
    }

    private string Render(RunReport report, DrilldownSection drilldown) => HtmlDocument.Render(report, charts(report), drilldown);
}
