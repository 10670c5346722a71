namespace GaiEval.Cli.Commands;

using System.CommandLine;
using System.Globalization;
using GaiEval.Cli.Console;
using GaiEval.Core.Inputs;
using GaiEval.Core.Results;
using GaiEval.Reporting.Summary;
using GaiEval.Reporting.Text;
using GaiEval.Storage;

/// <summary><c>gaieval runs</c>: lists the stored runs, newest first.</summary>
internal static class RunsCommand
{
    public static Command Create()
    {
        Option<string?> db = CommonOptions.Database();
        var command = new Command("runs", "保存済みの実行を新しい順に一覧表示します。状態: 完了（採点まで保存）／採点未完了（呼び出しは終わったが採点が保存されていない）／" +
            "中断／失敗（予期しないエラー。理由を表示）／未完了（実行中か強制終了）。完了以外は gaieval run --resume で続けられます。") { db };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                await using IEvalStore store = await StoreOpener.OpenExistingAsync(parse.GetValue(db), ct);
                var table = new TextTable(["実行ID", "状態", "開始", "項目数", "反復", "計画", "次にすること・理由"], [false, false, false, true, true, false, false]);
                foreach (RunInfo run in await store.ListRunsAsync(ct))
                {
                    table.Add([
                        run.RunId,
                        RunStatusNames.Japanese(run.Status),
                        run.StartedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                        run.ItemCount.ToString(CultureInfo.InvariantCulture),
                        run.Repeats.ToString(CultureInfo.InvariantCulture),
                        run.PlanName,
                        Remark(run, ResumeHint.For(run.RunId, parse.GetValue(db))),
                    ]);
                }

                System.Console.Write(table.ToString());
                return ExitCodes.Done;
            }
            catch (InputException e)
            {
                return ErrorPrinter.BadInput(e);
            }
        });
        return command;
    }

    /// <summary>What to run next for a run that is not finished, and why a failed run stopped.</summary>
    private static string Remark(RunInfo run, string resume) => run.Status switch
    {
        RunStatus.CallsComplete => $"採点を仕上げる: {resume}（提供先は呼び出しません。report・gate でも仕上がります）",
        RunStatus.Failed => $"{run.Failure}／再開: {resume}",
        RunStatus.Interrupted => $"再開: {resume}",
        RunStatus.Running => $"強制終了したなら再開: {resume}",
        _ => string.Empty,
    };
}
