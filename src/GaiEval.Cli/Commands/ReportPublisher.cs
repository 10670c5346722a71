namespace GaiEval.Cli.Commands;

using GaiEval.Cli.Console;
using GaiEval.Cli.Inputs;
using GaiEval.Core.Analysis;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Providers.Knowledge;
using GaiEval.Reporting;
using GaiEval.Reporting.Summary;
using GaiEval.Scoring;

/// <summary>Scores a stored run (with a judge when given one), writes its reports into reports/&lt;run-id&gt;/ and prints the summary table.</summary>
internal static class ReportPublisher
{
    public static async Task<RunReport> ScoreAndPublishAsync(
        IResultStore store, string runId, string outputRoot, CancellationToken cancellationToken, ScoringJudge? judge = null)
    {
        RunInfo run = await store.FindRunAsync(runId, cancellationToken)
            ?? throw new KeyNotFoundException($"実行 {runId} はデータベースにありません。");
        EvalPlan plan = PlanSnapshot.FromJson(run.PlanJson);
        var scorer = new RunScorer(store, ScoringCatalog.Default, judge, PassagesOf(plan));
        if (judge is null)
        {
            await scorer.ScoreAsync(runId, progress: null, cancellationToken);
        }
        else
        {
            System.Console.WriteLine($"判定者 {judge.ProviderId} で採点します（取扱区分を超える項目は送りません）。");
            ConsoleProgress progress = ConsoleProgress.ForStandardError();
            await scorer.ScoreAsync(runId, progress, cancellationToken);
            progress.Complete();
        }

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

        int awaiting = report.Summary.Providers.Sum(p => p.Unscored);
        if (awaiting > 0)
        {
            System.Console.WriteLine(
                $"採点待ち {awaiting} 件（ルールのない項目で判定者も人の採点もまだのもの）: gaieval review export {runId} で採点用シートを出せます。");
        }

        System.Console.WriteLine($"実行ID: {runId}");
        System.Console.WriteLine($"結果: {folder}{Path.DirectorySeparatorChar}（{string.Join("、", ReportWriters.Default.Select(w => w.FileName))}）");
        System.Console.WriteLine($"レポート（HTML）: {Path.Combine(folder, "report.html")}");
        System.Console.WriteLine($"判断資料（決裁用）: {Path.Combine(folder, "decision.md")}");
        return report;
    }

    /// <summary>The retrieved passages of each response, when the run's knowledge base is still where the plan says.</summary>
    private static Func<ResponseRecord, IReadOnlyList<string>>? PassagesOf(EvalPlan plan)
    {
        if (plan.Knowledge is null || !Directory.Exists(plan.Knowledge))
        {
            return null;
        }

        KnowledgeBase? knowledge = PlanInputs.LoadKnowledge(plan.Knowledge);
        return knowledge is null ? null : new RetrievedPassages(knowledge, plan.Providers).For;
    }
}
