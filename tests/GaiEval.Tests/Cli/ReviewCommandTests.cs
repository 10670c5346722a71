namespace GaiEval.Tests.Cli;

using GaiEval.Core.Analysis;
using GaiEval.Core.Results;
using GaiEval.Storage;
using GaiEval.Tests.Review;
using GaiEval.Tests.Support;

/// <summary>gaieval review export and import through the real command, on real SQLite databases.</summary>
public sealed class ReviewCommandTests : IDisposable
{
    private const string OpenItems = """
        {"id":"q101","category":"広報","use":"文書作成","question":"住民票のコンビニ交付を知らせる広報文を書いてください。","reference":"マイナンバーカードでコンビニ交付が使えます。","rubric":["コンビニ交付に触れる","マイナンバーカードが要ると書く"],"human_minutes":20,"review_minutes":5}
        {"id":"q102","category":"広報","use":"アイデア出し","question":"窓口の混雑を減らす案を3つ挙げてください。","human_minutes":15,"review_minutes":3}

        """;

    private const string Grade = "判定（正答/部分/誤答）";

    private readonly TempFolder folder = new();
    private readonly string db;

    public ReviewCommandTests()
    {
        db = folder.File("results.db");
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task An_offline_run_is_exported_filled_in_and_imported_and_the_grades_decide_the_accuracy()
    {
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base"));
        File.AppendAllText(folder.File("items.jsonl"), OpenItems);
        using CliProcess run = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", db, "--out", folder.File("run-out"));
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        string runId = Directory.GetDirectories(folder.File("run-out")).Select(Path.GetFileName).Single()!;

        using CliProcess export = await CliProcess.RunAsync(folder.Path, "review", "export", runId, "--db", db);

        Assert.True(export.ExitCode == 0, export.Output + export.Error);
        string sheetPath = folder.File("reports", runId, "review.csv");
        Assert.Contains(sheetPath, export.Output, StringComparison.Ordinal);
        Assert.Contains("採点待ち: 2件", export.Output, StringComparison.Ordinal);
        Assert.Contains("判定不能: 0件", export.Output, StringComparison.Ordinal);
        Assert.Contains("ルールと判定者の不一致: 0件", export.Output, StringComparison.Ordinal);
        Assert.Contains("較正用の無作為抽出: 3件", export.Output, StringComparison.Ordinal);
        SheetTable sheet = SheetTable.Load(sheetPath);
        Assert.Equal(
            [("q101", "base", "1", "採点待ち"), ("q102", "base", "1", "採点待ち"), ("q001", "base", "1", "較正用の無作為抽出"), ("q002", "base", "1", "較正用の無作為抽出"), ("q003", "base", "1", "較正用の無作為抽出")],
            sheet.Answers());
        Assert.Equal("住民票のコンビニ交付を知らせる広報文を書いてください。", sheet.Cell("q101", "base", "質問"));
        Assert.Equal("マイナンバーカードでコンビニ交付が使えます。", sheet.Cell("q101", "base", "模範解答"));
        Assert.Equal(("ルールなし", "判定者なし"), (sheet.Cell("q101", "base", "ルールの判定"), sheet.Cell("q101", "base", "判定者の判定")));
        string correctByRules = sheet.Answers().Select(a => a.Item).First(item => sheet.Cell(item, "base", "ルールの判定") == "正答");

        sheet.Grade("q101", "base", "正答", comment: "要点を押さえている", reviewer: "")
            .Grade("q102", "base", "部分", reviewer: "")
            .Grade(correctByRules, "base", "誤答", reviewer: "鈴木")
            .Save(sheetPath, SheetTable.Utf8WithBom);
        DateTimeOffset before = DateTimeOffset.Now;
        using CliProcess import = await CliProcess.RunAsync(folder.Path, "review", "import", runId, sheetPath, "--reviewer", "山田", "--db", db);
        DateTimeOffset after = DateTimeOffset.Now;

        Assert.True(import.ExitCode == 0, import.Output + import.Error);
        Assert.Contains("判定 3件（正答 1件、部分 1件、誤答 1件）", import.Output, StringComparison.Ordinal);
        Assert.Contains("自動の判定を変えたもの: 3件（うち自動の判定がなかった回答 2件）", import.Output, StringComparison.Ordinal);
        Assert.Contains("未記入 2 件", import.Output, StringComparison.Ordinal);
        Assert.Contains($"結果: {folder.File("reports", runId)}", import.Output, StringComparison.Ordinal); // the reports are rewritten

        RunResults results = await LoadAsync(runId);
        Assert.Equal(
            [(correctByRules, "鈴木", (string?)null), ("q101", "山田", "要点を押さえている"), ("q102", "山田", null)],
            results.HumanGrades.Select(g => (g.ItemId, g.Reviewer, g.Comment)));
        Assert.All(results.HumanGrades, g => Assert.InRange(g.GradedAt, before.AddSeconds(-1), after.AddSeconds(1)));
        Assert.Equal(
            (true, false, false),
            (results.Correct(new ResponseKey("q101", "base", 1)), results.Correct(new ResponseKey("q102", "base", 1)), results.Correct(new ResponseKey(correctByRules, "base", 1))));
        Assert.All(results.HumanGrades, g => Assert.True(results.Verdict(g.Key)!.OverridesAutomatic));

        using CliProcess again = await CliProcess.RunAsync(folder.Path, "review", "export", runId, "--db", db, "--out", folder.File("again.csv"));
        Assert.True(again.ExitCode == 0, again.Output + again.Error);
        Assert.Contains("採点済みの 3件は載せていません", again.Output, StringComparison.Ordinal);
        Assert.Equal(
            new[] { "q001", "q002", "q003" }.Where(item => item != correctByRules),
            SheetTable.Load(folder.File("again.csv")).Answers().Select(a => a.Item));
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_line_and_nothing_is_stored()
    {
        await Scenario().SaveAsync(db);
        string sheetPath = await ExportAsync("--sample", "100");
        SheetTable sheet = SheetTable.Load(sheetPath);
        sheet.Rows.Clear();
        (string, string)[] Row(string item, string provider, string repeat, string grade, string reviewer = "山田") =>
            [("実行ID", ReviewRun.RunId), ("項目ID", item), ("提供先", provider), ("反復", repeat), (Grade, grade), ("採点者", reviewer)];
        sheet.Add(Row("q1", "a", "1", "正答"))
            .Add(Row("q1", "a", "1", "誤答"))
            .Add(Row("q2", "a", "1", "可"))
            .Add(Row("q9", "a", "1", "正答"))
            .Add(Row("q2", "zz", "1", "正答"))
            .Add(Row("q2", "a", "2", "正答"))
            .Add(Row("q2", "b", "1", "部分", reviewer: ""))
            .Add(Row("q2", "b", "1", ""))
            .Save(sheetPath, SheetTable.Utf8WithBom);

        using CliProcess cli = await ImportAsync(sheetPath);

        Assert.Equal(2, cli.ExitCode);
        string[] expected =
        [
            $"{sheetPath}:3: 項目ID: 同じ回答の行が重複しています（最初は 2 行目）",
            $"{sheetPath}:4: {Grade}: 判定は 正答・部分・誤答 のどれかで書いてください（指定値: 「可」）",
            $"{sheetPath}:5: 項目ID: 実行 {ReviewRun.RunId} にない項目です",
            $"{sheetPath}:6: 提供先: 実行 {ReviewRun.RunId} にない提供先です",
            $"{sheetPath}:7: 反復: 実行 {ReviewRun.RunId} の反復は 1 回までです",
            $"{sheetPath}:8: 採点者: 採点者が空です",
        ];
        string[] errors = [.. cli.Error.Split('\n').Where(l => l.StartsWith(sheetPath, StringComparison.Ordinal))];
        Assert.Equal(expected.Length, errors.Length);
        Assert.All(expected.Zip(errors), pair => Assert.StartsWith(pair.First, pair.Second, StringComparison.Ordinal));
        Assert.Contains("入力に 6 件の誤りがあります。何も書き込んでいません。", cli.Error, StringComparison.Ordinal);
        Assert.Empty((await LoadAsync(ReviewRun.RunId)).HumanGrades);
    }

    [Fact]
    public async Task A_sheet_without_the_grade_column_is_refused()
    {
        await Scenario().SaveAsync(db);
        string sheetPath = await ExportAsync();
        SheetTable.Load(sheetPath).GradeAll("正答").WithoutColumn(Grade).Save(sheetPath, SheetTable.Utf8WithoutBom);

        using CliProcess cli = await ImportAsync(sheetPath);

        Assert.Equal(2, cli.ExitCode);
        Assert.Contains($"{sheetPath}:1: {Grade}: 列「{Grade}」がありません", cli.Error, StringComparison.Ordinal);
        Assert.Empty((await LoadAsync(ReviewRun.RunId)).HumanGrades);
    }

    [Fact]
    public async Task Neutralised_cells_survive_an_export_and_import_unchanged()
    {
        await Scenario().Graded("q2", "a", HumanGrade.Partial, reviewer: "@yamada", comment: "=HYPERLINK(\"x\") と書いてある").SaveAsync(db);
        string sheetPath = await ExportAsync("--include-graded", "--sample", "0");
        Assert.Equal("'=HYPERLINK(\"x\") と書いてある", SheetTable.Load(sheetPath).Cell("q2", "a", "コメント"));

        using CliProcess cli = await ImportAsync(sheetPath);

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        Assert.Contains("以前の人の判定を置き換えたもの: 1件", cli.Output, StringComparison.Ordinal);
        HumanGradeRecord grade = Assert.Single((await LoadAsync(ReviewRun.RunId)).HumanGrades);
        Assert.Equal((HumanGrade.Partial, "@yamada", "=HYPERLINK(\"x\") と書いてある"), (grade.Grade, grade.Reviewer, grade.Comment));
    }

    [Fact]
    public async Task The_same_run_gives_the_same_sheet_and_a_seed_changes_the_sample()
    {
        var run = new ReviewRun([.. Enumerable.Range(1, 30).Select(i => ReviewRun.Item($"q{i:00}"))], 1, "a");
        for (int i = 1; i <= 30; i++)
        {
            run.Answer($"q{i:00}", "a").Rule($"q{i:00}", "a", i % 3 != 0);
        }

        await run.SaveAsync(db);

        string first = await ExportAsync("--out", folder.File("first.csv"));
        string second = await ExportAsync("--out", folder.File("second.csv"));
        string seeded = await ExportAsync("--out", folder.File("seeded.csv"), "--seed", "7", "--sample", "5");

        Assert.Equal(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(second));
        Assert.Equal(20, SheetTable.Load(first).Rows.Count);
        string[] sample = [.. SheetTable.Load(seeded).Answers().Select(a => a.Item)];
        Assert.Equal(5, sample.Length);
        Assert.NotEqual(SheetTable.Load(first).Answers().Select(a => a.Item).Take(5), sample);
    }

    [Fact]
    public async Task Export_refuses_an_unknown_run_a_negative_sample_and_overwriting_a_sheet_unless_forced()
    {
        await Scenario().SaveAsync(db);
        string sheet = folder.Write("review.csv", "実行ID,判定（正答/部分/誤答）\nx,正答\n");

        using CliProcess unknown = await CliProcess.RunAsync(folder.Path, "review", "export", "20990101-000000-none", "--db", db, "--out", folder.File("x.csv"));
        using CliProcess negative = await CliProcess.RunAsync(folder.Path, "review", "export", ReviewRun.RunId, "--db", db, "--sample", "-1", "--out", folder.File("y.csv"));
        using CliProcess refused = await CliProcess.RunAsync(folder.Path, "review", "export", ReviewRun.RunId, "--db", db, "--out", sheet);
        string kept = await File.ReadAllTextAsync(sheet);
        using CliProcess forced = await CliProcess.RunAsync(folder.Path, "review", "export", ReviewRun.RunId, "--db", db, "--out", sheet, "--force");
        using CliProcess importUnknown = await CliProcess.RunAsync(folder.Path, "review", "import", "20990101-000000-none", sheet, "--db", db);

        Assert.Equal((2, 2, 2, 0, 2), (unknown.ExitCode, negative.ExitCode, refused.ExitCode, forced.ExitCode, importUnknown.ExitCode));
        Assert.Contains($"{db}:0: RUN_ID: 実行ID 20990101-000000-none はこのデータベースにありません", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("--sample: 較正用の抽出数は 0 以上で指定してください", negative.Error, StringComparison.Ordinal);
        Assert.Contains($"{sheet}:0: --out:", refused.Error, StringComparison.Ordinal);
        Assert.Contains("x,正答", kept, StringComparison.Ordinal);
        Assert.Equal(4, SheetTable.Load(sheet).Rows.Count);
        Assert.Contains($"{db}:0: RUN_ID: 実行ID 20990101-000000-none はこのデータベースにありません", importUnknown.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("x.csv")) || File.Exists(folder.File("y.csv")));
    }

    /// <summary>q1 has rules, q2 has none; providers a and b: four rows to review, one of them drawn for calibration.</summary>
    private static ReviewRun Scenario() =>
        new ReviewRun([ReviewRun.Item("q1"), ReviewRun.Item("q2", hasRule: false)], 1, "a", "b")
            .Answer("q1", "a").Rule("q1", "a", true)
            .Answer("q1", "b").Rule("q1", "b", false).Judge("q1", "b", Core.Scoring.MetricNames.JudgeEquivalence, 5)
            .Answer("q2", "a")
            .Answer("q2", "b").JudgeInconclusive("q2", "b", Core.Scoring.MetricNames.JudgeEquivalence, "判定不能: 応答が JSON ではありません");

    private async Task<string> ExportAsync(params string[] options)
    {
        int outAt = Array.IndexOf(options, "--out");
        string path = outAt >= 0 ? options[outAt + 1] : folder.File("review.csv");
        List<string> args = ["review", "export", ReviewRun.RunId, "--db", db, .. options];
        if (outAt < 0)
        {
            args.AddRange(["--out", path]);
        }

        using CliProcess export = await CliProcess.RunAsync(folder.Path, [.. args]);
        Assert.True(export.ExitCode == 0, export.Output + export.Error);
        return path;
    }

    private Task<CliProcess> ImportAsync(string sheet) =>
        CliProcess.RunAsync(folder.Path, "review", "import", ReviewRun.RunId, sheet, "--db", db);

    private async Task<RunResults> LoadAsync(string runId)
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(db);
        return await RunResults.LoadAsync(store, runId);
    }
}
