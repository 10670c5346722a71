namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Cli.Console;
using GaiEval.Core.Analysis;
using GaiEval.Core.Inputs;
using GaiEval.Core.Results;
using GaiEval.Core.Review;
using GaiEval.Storage;

/// <summary><c>gaieval review import RUN_ID FILE [--reviewer NAME]</c>: stores the grades of a filled review sheet.</summary>
internal static class ReviewImportCommand
{
    public static Command Create()
    {
        Argument<string> runId = CommonOptions.RunId();
        Argument<string> sheet = new("FILE") { Description = "記入済みのレビュー用シート（CSV。UTF-8、BOM の有無は問いません）" };
        Option<string?> reviewer = new("--reviewer") { Description = "採点者の欄が空の行の採点者", HelpName = "NAME" };
        Option<string?> db = CommonOptions.Database();
        Option<string> output = CommonOptions.Output();
        var command = new Command(
            "import",
            "記入済みのレビュー用シートを検査し、誤りがなければ判定を採点者と日時つきで保存します。誤りはすべて「ファイル:行: 列: 内容」で表示し、" +
            "そのときは何も保存しません。判定が空の行は取り込みません。同じ回答を採点し直すと、前の判定を置き換えます。取り込んだら要約とレポートを書き直します。")
        {
            runId, sheet, reviewer, db, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                return await ImportAsync(parse.GetValue(runId)!, parse.GetValue(sheet)!, parse.GetValue(reviewer), parse.GetValue(db), parse.GetValue(output)!, ct);
            }
            catch (InputException e)
            {
                return ErrorPrinter.BadInput(e);
            }
        });
        return command;
    }

    private static async Task<int> ImportAsync(string runId, string sheetPath, string? reviewer, string? database, string output, CancellationToken ct)
    {
        await using IEvalStore store = await StoreOpener.OpenExistingAsync(database, ct);
        ReviewedSheet sheet = ReviewSheetReader.Read(sheetPath);
        if (await store.FindRunAsync(runId, ct) is not { } run)
        {
            throw new InputException([new InputError(store.Location, 0, "RUN_ID", $"実行ID {runId} はこのデータベースにありません（gaieval runs で一覧）。"), .. sheet.Errors]);
        }

        RunResults results = await RunResults.LoadAsync(store, runId, ct);
        ReviewImportBatch batch = new ReviewImport(results).Prepare(sheet, reviewer, DateTimeOffset.Now);
        ct.ThrowIfCancellationRequested();

        // Once checked, the grades are stored whole even if a stop is requested meanwhile.
        await store.SaveHumanGradesAsync(batch.Grades, CancellationToken.None);
        PrintStored(runId, batch);
        await ReportPublisher.RefreshAsync(store, run, output, ct);
        return ExitCodes.Done;
    }

    private static void PrintStored(string runId, ReviewImportBatch batch)
    {
        string byGrade = string.Join("、", Enum.GetValues<HumanGrade>().Select(grade => $"{HumanGradeNames.Of(grade)} {batch.Count(grade)}件"));
        System.Console.WriteLine($"取り込みました: 判定 {batch.Grades.Count}件（{byGrade}）、実行 {runId}");
        System.Console.WriteLine($"自動の判定を変えたもの: {batch.OverridingAutomatic}件（うち自動の判定がなかった回答 {batch.WithoutAutomatic}件）");
        if (batch.ReplacingEarlier > 0)
        {
            System.Console.WriteLine($"以前の人の判定を置き換えたもの: {batch.ReplacingEarlier}件");
        }

        if (batch.UngradedRows > 0)
        {
            System.Console.WriteLine($"未記入 {batch.UngradedRows} 件は取り込んでいません。記入したら、同じシートをもう一度取り込めます。");
        }

        System.Console.WriteLine("人の判定は正答率で自動の判定より優先されます。要約とレポートを書き直します。");
    }
}
