namespace GaiEval.Reporting.Charts;

using GaiEval.Core.Reporting;

/// <summary>Writes the charts as PNG files beside the Markdown reports that link them (accuracy.png, latency.png …).</summary>
public sealed class ChartImagesWriter : IReportWriter
{
    public string FileName => "accuracy.png";

    /// <summary>False: it writes the PNG images of the drawing it shares with report.html (<see cref="ReportCharts"/>), and encodes them.</summary>
    public bool DrawsCharts => false;

    public Task WriteAsync(RunReport report, string folder, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        foreach (Chart chart in ReportCharts.For(report).Charts)
        {
            chart.SaveIn(folder);
        }

        return Task.CompletedTask;
    }
}
