namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Cli.Console;
using GaiEval.Cli.Inputs;
using GaiEval.Core.Inputs;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Storage;

/// <summary><c>gaieval score RUN_ID [--judge ID]</c>: re-scores a stored run; only a judge, when named, is called.</summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        Argument<string> runId = CommonOptions.RunId();
        Option<string?> db = CommonOptions.Database();
        Option<string> output = CommonOptions.Output();
        Option<string?> judgeId = new("--judge")
        {
            Description = "計画の judges（または providers）の ID。その提供先を判定者（LLM）にして、同等性・関連性・根拠性・評価観点を採点します。" +
                "判定の応答はデータベースに保存され、やり直しても同じ判定に二度課金しません。取扱区分（clearance）を超える項目は送りません。",
            HelpName = "PROVIDER_ID",
        };
        var command = new Command("score", "保存済みの回答を採点し直し、レポートを書き直します。--judge がなければ提供先は呼び出しません（判定者の採点は残ります）。")
        {
            runId, db, output, judgeId,
        };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                string id = parse.GetValue(runId)!;
                string? database = parse.GetValue(db);
                await using IEvalStore store = await StoreOpener.OpenExistingAsync(database, ct);
                RunInfo run = await store.FindRunAsync(id, ct)
                    ?? throw new InputException(store.Location, 0, "RUN_ID", $"実行ID {id} はこのデータベースにありません（gaieval runs で一覧）。");
                ScoringJudge? judge = null;
                if (parse.GetValue(judgeId) is { } judgeName)
                {
                    ProviderProfile profile = JudgeSetup.Find(PlanSnapshot.FromJson(run.PlanJson), judgeName, store.Location);
                    (judge, IReadOnlyList<string> problems) = await JudgeSetup.TryCreateAsync(profile, store, ct);
                    if (judge is null)
                    {
                        problems.ToList().ForEach(p => System.Console.Error.WriteLine($"判定者 {judgeName}: {p}"));
                        System.Console.Error.WriteLine("判定者が使えないため採点していません。");
                        return ExitCodes.BadInput;
                    }
                }

                await ReportPublisher.ScoreAndPublishAsync(store, id, parse.GetValue(output)!, ct, judge);
                return ExitCodes.Done;
            }
            catch (InputException e)
            {
                return ErrorPrinter.BadInput(e);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                System.Console.Error.WriteLine("中断しました。判定者の応答は保存済みのため、もう一度実行すると続きから採点します。");
                return ExitCodes.Interrupted;
            }
        });
        return command;
    }
}
