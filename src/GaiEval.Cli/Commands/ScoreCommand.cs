namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Cli.Console;
using GaiEval.Core.Inputs;
using GaiEval.Storage;

/// <summary><c>gaieval score RUN_ID</c>: re-scores a stored run without calling any provider.</summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        Argument<string> runId = CommonOptions.RunId();
        Option<string> db = CommonOptions.Database();
        Option<string> output = CommonOptions.Output();
        var command = new Command("score", "保存済みの回答を採点し直し、要約を書き直します。提供先は呼び出しません。") { runId, db, output };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                string id = parse.GetValue(runId)!;
                await using SqliteResultStore store = await StoreOpener.OpenExistingAsync(parse.GetValue(db)!, ct);
                _ = await store.FindRunAsync(id, ct)
                    ?? throw new InputException(parse.GetValue(db)!, 0, "RUN_ID", $"実行ID {id} はこのデータベースにありません（gaieval runs で一覧）。");
                await ReportPublisher.ScoreAndPublishAsync(store, id, parse.GetValue(output)!, ct);
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
