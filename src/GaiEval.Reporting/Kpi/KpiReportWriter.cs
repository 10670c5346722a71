namespace GaiEval.Reporting.Kpi;

using System.Text;
using GaiEval.Core.Kpi.Findings;

/// <summary>Writes kpi-report.html: the KPIs from real use alone, with charts, for a manager who has no test run yet.</summary>
public sealed class KpiReportWriter
{
    public string FileName => "kpi-report.html";

    public async Task WriteAsync(KpiFindings findings, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, FileName), Render(findings), new UTF8Encoding(false), cancellationToken)
            .ConfigureAwait(false);
    }

    public string Render(KpiFindings findings) => "<!DOCTYPE html><html lang=\"ja\"><body>TODO</body></html>";
}
