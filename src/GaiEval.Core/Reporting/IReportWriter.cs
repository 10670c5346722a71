namespace GaiEval.Core.Reporting;

/// <summary>Renders a report model into one file of a folder.</summary>
public interface IReportWriter
{
    /// <summary>File name written into the folder, e.g. summary.md.</summary>
    string FileName { get; }

    Task WriteAsync(RunReport report, string folder, CancellationToken cancellationToken = default);
}
