namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Cli.Console;
using GaiEval.Core.Collection;
using GaiEval.Core.Inputs;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Providers.Tokens;
using GaiEval.Storage;

/// <summary>
/// <c>gaieval collect import SHEET --run RUN_ID --provider ID</c>: stores a filled sheet as the manual provider's answers,
/// then re-scores the run and rewrites its reports.
/// </summary>
internal static class CollectImportCommand
{
    public static Command Create()
    {
        Argument<string> sheet = new("SHEET") { Description = "記入済みのシート（CSV。UTF-8 または Excel が保存した Shift_JIS）" };
        Option<string> run = new("--run") { Description = "取り込む先の実行ID（gaieval runs で一覧）", HelpName = "RUN_ID", Required = true };
        Option<string> provider = new("--provider") { Description = "回答を集めた提供先のID（adapter: manual）", HelpName = "ID", Required = true };
        Option<string?> db = CommonOptions.Database();
        Option<string> output = CommonOptions.Output();
        var command = new Command(
            "import",
            "記入済みのシートを検査し、誤りがなければ回答をその提供先の応答として保存して、採点と要約をやり直します。" +
            "誤りはすべて「ファイル:行: 列: 内容」で表示し、そのときは何も保存しません。未記入の行は取り込まず、後から記入して取り込めます。" +
            "取り込み済みの項目を含むシートは、二重に数えないよう受け付けません。")
        {
            sheet, run, provider, db, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                return await ImportAsync(
                    parse.GetValue(sheet)!, parse.GetValue(run)!, parse.GetValue(provider)!, parse.GetValue(db), parse.GetValue(output)!, ct);
            }
            catch (InputException e)
            {
                return ErrorPrinter.BadInput(e);
            }
        });
        return command;
    }

    private static async Task<int> ImportAsync(string sheetPath, string runId, string providerId, string? database, string output, CancellationToken ct)
    {
        await using IEvalStore store = await StoreOpener.OpenExistingAsync(database, ct);
        RunInfo run = await store.FindRunAsync(runId, ct)
            ?? throw new InputException(store.Location, 0, "--run", $"実行ID {runId} はこのデータベースにありません（gaieval runs で一覧）。");
        EvalPlan plan = PlanSnapshot.FromJson(run.PlanJson);
        var errors = new List<InputError>();
        ProviderProfile? profile = ManualProviders.Find(plan, providerId, errors);
        TokenEstimator? estimator = profile is null ? null : Estimator(plan, profile, errors);
        CollectedSheet collected = CollectionSheetReader.Read(sheetPath);
        if (profile is null || estimator is null)
        {
            throw new InputException([.. errors, .. collected.Errors]);
        }

        var import = new ManualImport(
            run.RunId, profile, await store.ReadItemsAsync(run.RunId, ct), await store.ReadResponseKeysAsync(run.RunId, ct));
        ManualImportBatch batch = import.Prepare(collected, new TokenCounter(estimator.Name, estimator.CountTokens), DateTimeOffset.Now);
        ct.ThrowIfCancellationRequested();

        // Once checked, the batch is stored whole in one transaction (or not at all), even if a stop is requested meanwhile.
        await store.AddResponsesAsync([.. batch.All], CancellationToken.None);

        PrintStored(run, profile, batch);
        await ReportPublisher.RefreshAsync(store, run, output, ct, scoreNewAnswers: true);
        return ExitCodes.Done;
    }

    private static TokenEstimator? Estimator(EvalPlan plan, ProviderProfile profile, List<InputError> errors)
    {
        if (TokenEstimator.SupportedNames.Contains(profile.Tokenizer, StringComparer.OrdinalIgnoreCase))
        {
            return TokenEstimator.For(profile.Tokenizer);
        }

        errors.Add(new InputError(
            plan.PlanFile,
            0,
            $"providers[{profile.Id}].tokenizer",
            $"トークン数を推定するトークナイザー「{profile.Tokenizer}」には対応していません（対応しているもの: {string.Join(", ", TokenEstimator.SupportedNames)}）"));
        return null;
    }

    private static void PrintStored(RunInfo run, ProviderProfile profile, ManualImportBatch batch)
    {
        System.Console.WriteLine($"取り込みました: 提供先 {profile.Id} の回答 {batch.Answers.Count}件（実行 {run.RunId}、トークン数は推定）");
        if (batch.Withheld.Count > 0)
        {
            System.Console.WriteLine($"機密区分が {SensitivityNames.Name(ClearancePolicy.Ceiling(profile))} を超える {batch.Withheld.Count}問は、送信対象外として記録しました。");
        }

        if (batch.UncollectedRows > 0)
        {
            System.Console.WriteLine($"未記入の {batch.UncollectedRows}行は取り込んでいません。記入したら、取り込み済みの行を消したシートで再度取り込んでください。");
        }

        if (run.Repeats > 1)
        {
            System.Console.WriteLine($"この実行は反復 {run.Repeats}回ですが、手作業の回答は反復 1 回目として取り込みます。");
        }
    }
}
