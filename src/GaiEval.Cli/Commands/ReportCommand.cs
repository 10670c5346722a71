namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Cli.Console;
using GaiEval.Cli.Inputs;
using GaiEval.Core.Analysis;
using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Reporting.Comparison;
using GaiEval.Storage;

/// <summary>
/// <c>gaieval report RUN_ID [--compare RUN_ID ...] [--format md,csv,json] [--out DIR] [--db PATH]</c>: rebuilds the
/// report files of a stored run from the database (no provider is called, nothing is re-scored; a run whose scores were
/// never committed is scored first, see <see cref="RunScoring"/>), and with
/// <c>--compare</c> writes comparison.md beside them.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        Argument<string> runId = CommonOptions.RunId();
        Option<string?> db = CommonOptions.Database();
        Option<string> output = CommonOptions.Output();
        Option<string[]> compare = new("--compare")
        {
            Description = "並べて比較する実行ID（複数可）。comparison.md に書きます",
            HelpName = "RUN_ID",
            AllowMultipleArgumentsPerToken = true,
        };
        Option<string> format = new("--format")
        {
            Description = $"書く形式をカンマ区切りで（{string.Join(",", ReportFormats.All.Keys)}）。省略するとすべて",
            HelpName = "FORMATS",
        };
        var command = new Command("report", "保存済みの実行からレポートを作り直します。提供先は呼び出さず、採点もし直しません。" +
            "ただし呼び出しの後で採点が保存されずに終わった実行（採点未完了）は、先に保存済みの回答を採点します。" +
            "実行の計画に kpi: があれば、そのファイルを取り込み（同じ内容は取り込み直しません）、KPIをレポートに加えます。")
        {
            runId, compare, format, output, db,
        };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                string? path = parse.GetValue(db);
                IReadOnlyList<IReportWriter> writers = Writers(parse.GetValue(format));
                await using IEvalStore store = await StoreOpener.OpenExistingAsync(path, ct);
                string id = parse.GetValue(runId)!;
                RunReport report = await LoadAsync(store, id, ct);
                List<RunReport> others = [];
                foreach (string other in parse.GetValue(compare) ?? [])
                {
                    others.Add(await LoadAsync(store, other, ct, withKpi: false));
                }

                string folder = Path.GetFullPath(Path.Combine(parse.GetValue(output)!, id));
                using StageProgress stages = StageProgress.ForStandardError();
                foreach (IReportWriter writer in writers)
                {
                    stages.Step($"レポート {writer.FileName}");
                    await writer.WriteAsync(report, folder, ct);
                    stages.Complete();
                    if (File.Exists(Path.Combine(folder, writer.FileName)))
                    {
                        // A writer may have nothing to write (aisev-scores.json without probes with a perspective).
                        System.Console.WriteLine(Path.Combine(folder, writer.FileName));
                    }
                }

                if (others.Count > 0)
                {
                    await ComparisonMarkdownWriter.WriteAsync(report, others, folder, ct);
                    System.Console.WriteLine(Path.Combine(folder, ComparisonMarkdownWriter.FileName));
                }

                return ExitCodes.Done;
            }
            catch (InputException e)
            {
                return ErrorPrinter.BadInput(e);
            }
        });
        return command;
    }

    private static IReadOnlyList<IReportWriter> Writers(string? formats)
    {
        try
        {
            return ReportFormats.Writers(formats);
        }
        catch (ArgumentException e)
        {
            throw new InputException("コマンドライン", 0, "--format", e.Message);
        }
    }

    /// <param name="withKpi">Whether to read the KPIs of the run's plan (comparison.md, which compared runs feed, shows none).</param>
    private static async Task<RunReport> LoadAsync(IEvalStore store, string runId, CancellationToken ct, bool withKpi = true)
    {
        RunInfo run = await store.FindRunAsync(runId, ct)
            ?? throw new InputException(store.Location, 0, "RUN_ID", $"実行ID {runId} はこのデータベースにありません（gaieval runs で一覧）。");
        EvalPlan plan = PlanSnapshot.FromJson(run.PlanJson);
        var knowledge = StoredKnowledge.Open(run, plan);
        await RunScoring.FinishAsync(store, run, knowledge, judge: null, ct);
        RunReport report;
        using (StageProgress stages = StageProgress.ForStandardError())
        {
            report = await ReportPublisher.BuildAsync(store, runId, knowledge.Check, System.Console.Out, ct, stages, withKpi);
        }

        KpiConsoleSummary.Print(report.Kpi);
        return report;
    }
}
