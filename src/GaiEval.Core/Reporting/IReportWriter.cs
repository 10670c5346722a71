namespace GaiEval.Core.Reporting;

/// <summary>Renders a report model into one file of a folder.</summary>
public interface IReportWriter
{
    /// <summary>File name written into the folder, e.g. summary.md.</summary>
    string FileName { get; }

    /// <summary>
    /// Whether the writer draws charts. Chart drawing numbers the SVG clip paths across the process, so writers that draw are
    /// run one after another in a fixed order (their files stay the same bytes), while the others may run beside them.
    /// </summary>
    bool DrawsCharts => false;

    Task WriteAsync(RunReport report, string folder, CancellationToken cancellationToken = default);
}
