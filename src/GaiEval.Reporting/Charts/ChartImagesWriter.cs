namespace GaiEval.Reporting.Charts;

using GaiEval.Core.Reporting;

/// <summary>Writes the charts as PNG files beside the Markdown reports that link them (accuracy.png, latency.png …).</summary>
public sealed class ChartImagesWriter : IReportWriter
{
    public string FileName => "accuracy.png";

    public bool DrawsCharts => true;

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
