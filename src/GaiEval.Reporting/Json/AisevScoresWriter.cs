namespace GaiEval.Reporting.Json;

using System.Text;
using System.Text.Json;
using GaiEval.Core.Inputs;
using GaiEval.Core.Reporting;

/// <summary>
/// Writes aisev-scores.json (<see cref="AisevScoresDocument"/>) beside the report, only when the run has probes with an
/// AISI perspective; otherwise writes nothing.
/// </summary>
public sealed class AisevScoresWriter : IReportWriter
{
    public string FileName => "aisev-scores.json";

    /// <summary>The file's text, or null when the run has no probe with a perspective.</summary>
    public static string? Render(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return AisevScoresDocument.Of(report.Results) is { } document ? JsonSerializer.Serialize(document, GaiEvalJson.Info<AisevScoresDocument>(ReportJson.Indented)) : null;
    }

    public async Task WriteAsync(RunReport report, string folder, CancellationToken cancellationToken = default)
    {
        if (Render(report) is not { } text)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, FileName), text, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
    }
}
