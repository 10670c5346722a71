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
        Option<string> db = CommonOptions.Database();
        var command = new Command("runs", "保存済みの実行を新しい順に一覧表示します。") { db };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                await using SqliteResultStore store = await StoreOpener.OpenExistingAsync(parse.GetValue(db)!, ct);
                var table = new TextTable(["実行ID", "状態", "開始", "項目数", "反復", "計画"], [false, false, false, true, true, false]);
                foreach (RunInfo run in await store.ListRunsAsync(ct))
                {
                    table.Add([
                        run.RunId,
                        RunStatusNames.Japanese(run.Status),
                        run.StartedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                        run.ItemCount.ToString(CultureInfo.InvariantCulture),
                        run.Repeats.ToString(CultureInfo.InvariantCulture),
                        run.PlanName,
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
}
