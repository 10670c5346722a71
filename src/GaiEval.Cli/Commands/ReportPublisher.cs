namespace GaiEval.Cli.Commands;

using GaiEval.Cli.Console;
using GaiEval.Cli.Inputs;
using GaiEval.Core.Analysis;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Core.Running;
using GaiEval.Core.Scoring;
using GaiEval.Reporting;
using GaiEval.Reporting.Summary;
using GaiEval.Storage;

/// <summary>Scores a stored run from what it stored (with a judge when given one), writes its reports into reports/&lt;run-id&gt;/ and prints the summary table.</summary>
internal static class ReportPublisher
{
    /// <param name="knowledge">The run's knowledge when the caller already read the folder; else it is read here.</param>
    /// <param name="kpiLog">Told a line per KPI file of the plan; the console when null (run, which told it before the calls, passes TextWriter.Null).</param>
    /// <param name="scoredDuringCalls">The answers scored while the calls ran (<see cref="LiveScoring"/>): only the rest is scored.</param>
    public static async Task<RunReport> ScoreAndPublishAsync(
        IEvalStore store, string runId, string outputRoot, CancellationToken cancellationToken, ScoringJudge? judge = null, StoredKnowledge? knowledge = null,
        TextWriter? kpiLog = null, IReadOnlySet<ResponseKey>? scoredDuringCalls = null)
    {
        RunInfo run = await store.FindRunAsync(runId, cancellationToken)
            ?? throw new KeyNotFoundException($"実行 {runId} はデータベースにありません。");
        knowledge ??= StoredKnowledge.Open(run, PlanSnapshot.FromJson(run.PlanJson));
        await RunScoring.ScoreAsync(store, run, knowledge, judge, cancellationToken, scoredDuringCalls);
        return await PublishAsync(store, runId, outputRoot, knowledge.Check, cancellationToken, kpiLog);
    }

    /// <summary>
    /// After answers or grades were imported into a stored run (collect import, review import): scores what is still to
    /// be scored (every answer when <paramref name="scoreNewAnswers"/>, else only a run whose scores were never
    /// committed), then rewrites the reports and prints the summary, as run does.
    /// </summary>
    public static async Task<RunReport> RefreshAsync(IEvalStore store, RunInfo run, string outputRoot, CancellationToken cancellationToken, bool scoreNewAnswers = false)
    {
        var knowledge = StoredKnowledge.Open(run, PlanSnapshot.FromJson(run.PlanJson));
        if (scoreNewAnswers)
        {
            return await ScoreAndPublishAsync(store, run.RunId, outputRoot, cancellationToken, knowledge: knowledge);
        }

        await RunScoring.FinishAsync(store, run, knowledge, judge: null, cancellationToken);
        return await PublishAsync(store, run.RunId, outputRoot, knowledge.Check, cancellationToken);
    }

    /// <summary>The report model of a stored run, with the KPIs of its plan's <c>kpi:</c> block unless <paramref name="withKpi"/> is false.</summary>
    /// <param name="stages">Told each step (reading, KPI, analysis); its line is left open for the caller's next step.</param>
    public static async Task<RunReport> BuildAsync(
        IEvalStore store, string runId, KnowledgeCheck? knowledge, TextWriter kpiLog, CancellationToken cancellationToken, StageProgress stages, bool withKpi = true)
    {
        stages.Step("結果の読み込み");
        RunResults results = await RunResults.LoadAsync(store, runId, cancellationToken);
        KpiFindings? kpi = null;
        if (withKpi && results.Plan.Kpi is not null)
        {
            stages.Step("KPI");
            stages.Complete();
            kpi = await KpiFindingsForPlan.LoadAsync(store, StoreOpener.StaffKeyBase(store), results.Plan, kpiLog, cancellationToken);
        }

        stages.Step("分析");
        RunReport report = RunReport.Build(results, kpi) with { Knowledge = knowledge };
        cancellationToken.ThrowIfCancellationRequested();
        return report;
    }

    /// <summary>
    /// Writes the report files on two cores, shown as one counted step (「レポート 3/7」): the writers that draw charts one
    /// after another in the listed order (report.html, the longest, which draws the charts beside its item pages), the others
    /// beside them in their order (the PNG files first: they share report.html's drawing). Each writer only reads the finished
    /// report and writes its own files, so the files are the same bytes as written one by one.
    /// </summary>
    public static async Task WriteAsync(IReadOnlyList<IReportWriter> writers, RunReport report, string folder, StageProgress stages, CancellationToken cancellationToken)
    {
        IProgress<RunProgress> written = stages.Counted("レポート");
        int finished = 0;
        async Task WriteInTurnAsync(IEnumerable<IReportWriter> lane)
        {
            foreach (IReportWriter writer in lane)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await writer.WriteAsync(report, folder, cancellationToken);
                int count = Interlocked.Increment(ref finished);
                written.Report(new RunProgress(count, writers.Count, 0, writer.FileName, count, writers.Count, TimeSpan.Zero));
            }
        }

        // Started first: the chart writers below run on this thread until they are done.
        Task others = Task.Run(() => WriteInTurnAsync(writers.Where(w => !w.DrawsCharts)), cancellationToken);
        Task charts = WriteInTurnAsync(writers.Where(w => w.DrawsCharts));
        await Task.WhenAll(charts, others);
        stages.Complete();
    }

    /// <summary>
    /// Writes the reports of the run as stored (nothing is scored), with the KPIs of its plan's <c>kpi:</c> block (its files
    /// imported once per content), and prints the summary table.
    /// </summary>
    public static async Task<RunReport> PublishAsync(
        IEvalStore store, string runId, string outputRoot, KnowledgeCheck? knowledge, CancellationToken cancellationToken, TextWriter? kpiLog = null)
    {
        using StageProgress stages = StageProgress.ForStandardError();
        RunReport report = await BuildAsync(store, runId, knowledge, kpiLog ?? System.Console.Out, cancellationToken, stages);
        string folder = Path.GetFullPath(Path.Combine(outputRoot, runId));
        await WriteAsync(ReportWriters.Default, report, folder, stages, cancellationToken);

        System.Console.WriteLine();
        System.Console.WriteLine(SummaryTableFormatter.Format(report.Summary));
        if (report.Summary.Providers.Any(p => p.TokensEstimated))
        {
            System.Console.WriteLine("* トークン数は提供先が報告しなかったため推定値です。");
        }

        KpiConsoleSummary.Print(report.Kpi);

        foreach ((ProviderProfile provider, string why) in report.NotMeasured)
        {
            System.Console.WriteLine($"NOT MEASURED（未測定） {provider.Id}: {why}");
        }

        int awaiting = report.Summary.Providers.Sum(p => p.Unscored);
        int undecided = report.Summary.Providers.Sum(p => p.RuleUndecided);
        if (awaiting + undecided > 0)
        {
            System.Console.WriteLine(
                $"採点待ち {awaiting} 件（ルールのない項目）、判定保留 {undecided} 件（規則で決められない回答。漏れのある拒否など）。" +
                $"どちらも判定者も人の採点もまだで、正答率に入れていません: gaieval review export {runId} で採点用シートを出せます。");
        }

        // The run id was printed when the run started (and is the folder's name); the files are what the folder holds.
        System.Console.WriteLine($"結果: {folder}{Path.DirectorySeparatorChar}（{string.Join("、", FilesIn(folder))}）");
        System.Console.WriteLine($"レポート（HTML）: {Path.Combine(folder, "report.html")}");
        System.Console.WriteLine($"判断資料（決裁用）: {Path.Combine(folder, "decision.md")}");
        return report;
    }

    /// <summary>The names of the files in the report folder, in name order.</summary>
    public static IReadOnlyList<string> FilesIn(string folder) =>
        [.. Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
}
