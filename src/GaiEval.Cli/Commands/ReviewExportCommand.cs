namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Cli.Console;
using GaiEval.Core.Analysis;
using GaiEval.Core.Inputs;
using GaiEval.Core.Review;
using GaiEval.Reporting.Csv;
using GaiEval.Storage;

/// <summary><c>gaieval review export RUN_ID</c>: writes the sheet reviewers fill in with their grades.</summary>
internal static class ReviewExportCommand
{
    public static Command Create()
    {
        Argument<string> runId = CommonOptions.RunId();
        Option<string?> db = CommonOptions.Database();
        Option<string?> output = new("--out")
        {
            Description = $"シートの出力先（既定: reports/<実行ID>/{ReviewSheet.FileName}）",
            HelpName = "FILE",
        };
        Option<int> sample = new("--sample")
        {
            Description = "較正用に無作為に選ぶ、自動採点済みの回答の数",
            HelpName = "N",
            DefaultValueFactory = _ => ReviewSelectionOptions.DefaultSampleSize,
        };
        Option<int?> seed = new("--seed") { Description = "無作為抽出の乱数の種（既定: 実行IDから決まり、同じ実行からは同じシートになります）", HelpName = "N" };
        Option<bool> includeGraded = new("--include-graded") { Description = "採点済みの回答も載せます（これまでの判定を記入した状態で）" };
        Option<bool> force = new("--force") { Description = "同じ名前のシートがあっても上書きします（記入済みの判定は失われます）" };
        var command = new Command(
            "export",
            "採点してほしい回答を、質問・資料・評価観点・模範解答・回答・自動の判定と並べたシート（CSV、UTF-8 BOM付き、Excelで開けます）に書き出します。" +
            "載せるのは、採点待ち（ルールも判定者の判定もない）、規則で判定保留（漏れのある拒否などルールで決まらず判定者の判定もない）、判定不能、ルールと判定者の不一致、較正用の無作為抽出です。" +
            "職員は「判定（正答/部分/誤答）」と、必要ならコメント・採点者を記入します。")
        {
            runId, db, output, sample, seed, includeGraded, force,
        };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                var options = new ReviewSelectionOptions
                {
                    SampleSize = parse.GetValue(sample),
                    Seed = parse.GetValue(seed),
                    IncludeGraded = parse.GetValue(includeGraded),
                };
                return await ExportAsync(parse.GetValue(runId)!, parse.GetValue(db), parse.GetValue(output), options, parse.GetValue(force), ct);
            }
            catch (InputException e)
            {
                return ErrorPrinter.BadInput(e);
            }
        });
        return command;
    }

    private static async Task<int> ExportAsync(
        string runId, string? database, string? output, ReviewSelectionOptions options, bool force, CancellationToken ct)
    {
        var errors = new List<InputError>();
        if (options.SampleSize < 0)
        {
            errors.Add(new InputError("コマンドライン", 0, "--sample", $"較正用の抽出数は 0 以上で指定してください（指定値: {options.SampleSize}）"));
        }

        string path = output ?? Path.Combine(CommonOptions.DefaultOutput, runId, ReviewSheet.FileName);
        if (File.Exists(path) && !force)
        {
            errors.Add(new InputError(path, 0, "--out", "このシートはすでにあります。記入済みの判定を消さないよう、別の --out を指定するか、上書きしてよければ --force を付けてください"));
        }

        await using IEvalStore store = await StoreOpener.OpenExistingAsync(database, ct);
        if (await store.FindRunAsync(runId, ct) is null)
        {
            errors.Insert(0, new InputError(store.Location, 0, "RUN_ID", $"実行ID {runId} はこのデータベースにありません（gaieval runs で一覧）。"));
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        RunResults results = await RunResults.LoadAsync(store, runId, ct);
        ReviewSelection selection = ReviewSelector.Select(results, options);
        if (selection.Candidates.Count == 0)
        {
            System.Console.WriteLine($"実行 {runId} には採点してほしい回答がありません。シートは書き出していません。");
            PrintGradedLeftOut(selection);
            return ExitCodes.Done;
        }

        await ReviewSheetWriter.WriteAsync(path, selection.Candidates.Select(c => ReviewSheetRow.For(results, c)), CsvFormulaGuard.Neutralize, ct);
        PrintDone(Path.GetFullPath(path), runId, selection);
        return ExitCodes.Done;
    }

    private static void PrintDone(string path, string runId, ReviewSelection selection)
    {
        System.Console.WriteLine($"レビュー用シートを書き出しました: {path}（{selection.Candidates.Count}件）");
        foreach (ReviewReason reason in Enum.GetValues<ReviewReason>())
        {
            string seed = reason == ReviewReason.Calibration ? $"（乱数の種 {selection.Seed}）" : string.Empty;
            System.Console.WriteLine($"  {ReviewReasonNames.Of(reason)}: {selection.Count(reason)}件{seed}");
        }

        PrintGradedLeftOut(selection);
        System.Console.WriteLine(
            $"「{ReviewSheet.Grade}」に {ReviewSheet.AllowedGrades} のどれかを、必要なら{ReviewSheet.Comment}と{ReviewSheet.Reviewer}を記入してください。" +
            "空欄の行は取り込みません。");
        System.Console.WriteLine($"取り込み: gaieval review import {runId} \"{path}\"");
    }

    private static void PrintGradedLeftOut(ReviewSelection selection)
    {
        if (selection.GradedLeftOut > 0)
        {
            System.Console.WriteLine($"採点済みの {selection.GradedLeftOut}件は載せていません（載せるには --include-graded）。");
        }
    }
}
