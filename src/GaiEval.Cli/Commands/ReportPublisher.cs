namespace GaiEval.Cli.Commands;

using GaiEval.Core.Analysis;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Reporting;
using GaiEval.Reporting.Summary;
using GaiEval.Scoring;

/// <summary>Scores a stored run, writes its reports into reports/&lt;run-id&gt;/ and prints the summary table.</summary>
internal static class ReportPublisher
{
    public static async Task<RunReport> ScoreAndPublishAsync(IResultStore store, string runId, string outputRoot, CancellationToken cancellationToken)
    {
        await new RunScorer(store, ScoringCatalog.Default).ScoreAsync(runId, cancellationToken);
        RunReport report = RunReport.Build(await RunResults.LoadAsync(store, runId, cancellationToken));
        string folder = Path.GetFullPath(Path.Combine(outputRoot, runId));
        foreach (IReportWriter writer in ReportWriters.Default)
        {
            await writer.WriteAsync(report, folder, cancellationToken);
        }

        System.Console.WriteLine();
        System.Console.WriteLine(SummaryTableFormatter.Format(report.Summary));
        if (report.Summary.Providers.Any(p => p.TokensEstimated))
        {
            System.Console.WriteLine("* トークン数は提供先が報告しなかったため推定値です。");
        }

        System.Console.WriteLine($"実行ID: {runId}");
        System.Console.WriteLine($"結果: {folder}{Path.DirectorySeparatorChar}（{string.Join("、", ReportWriters.Default.Select(w => w.FileName))}）");
        System.Console.WriteLine($"レポート（HTML）: {Path.Combine(folder, "report.html")}");
        System.Console.WriteLine($"判断資料（決裁用）: {Path.Combine(folder, "decision.md")}");
        return report;
    }
}
