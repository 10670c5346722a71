namespace GaiEval.Tests.Cli;

using GaiEval.Tests.Review;
using GaiEval.Tests.Support;

/// <summary>review import rewrites the summary and reports as collect import does, into --out when given.</summary>
public sealed class ReviewImportRefreshTests : IDisposable
{
    private const string OpenItems = """
        {"id":"q101","category":"広報","use":"文書作成","question":"住民票のコンビニ交付を知らせる広報文を書いてください。","reference":"マイナンバーカードでコンビニ交付が使えます。","human_minutes":20,"review_minutes":5}
        {"id":"q102","category":"広報","use":"アイデア出し","question":"窓口の混雑を減らす案を3つ挙げてください。","human_minutes":15,"review_minutes":3}

        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Imported_grades_are_in_the_reports_written_to_out_and_in_the_printed_summary()
    {
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base"));
        File.AppendAllText(folder.File("items.jsonl"), OpenItems);
        string db = folder.File("results.db");
        using CliProcess run = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", db, "--out", folder.File("run-out"));
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        string runId = Path.GetFileName(Directory.GetDirectories(folder.File("run-out")).Single());
        string sheetPath = folder.File("review.csv");
        using CliProcess export = await CliProcess.RunAsync(folder.Path, "review", "export", runId, "--db", db, "--out", sheetPath);
        Assert.True(export.ExitCode == 0, export.Output + export.Error);
        SheetTable.Load(sheetPath).Grade("q101", "base", "正答", reviewer: "山田").Grade("q102", "base", "誤答", reviewer: "山田").Save(sheetPath, SheetTable.Utf8WithBom);
        Assert.Contains("採点待ち 2 件", run.Output, StringComparison.Ordinal);

        using CliProcess import = await CliProcess.RunAsync(folder.Path, "review", "import", runId, sheetPath, "--db", db, "--out", folder.File("refreshed"));

        Assert.True(import.ExitCode == 0, import.Output + import.Error);
        Assert.DoesNotContain("採点待ち", import.Output, StringComparison.Ordinal);
        Assert.Contains($"結果: {folder.File("refreshed", runId)}", import.Output, StringComparison.Ordinal);
        SheetTable results = SheetTable.Load(folder.File("refreshed", runId, "results.csv"));
        string HumanGrade(string item) => results.Rows.Single(r => r[results.Column("項目ID")] == item)[results.Column("人の判定")];
        Assert.Equal(("正答", "誤答", string.Empty), (HumanGrade("q101"), HumanGrade("q102"), HumanGrade("q001")));
        Assert.True(File.Exists(folder.File("refreshed", runId, "report.html")));
        Assert.False(File.Exists(folder.File("reports", runId, "report.html"))); // --out, not the default folder
    }
}
