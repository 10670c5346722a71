namespace GaiEval.Tests.Review;

using GaiEval.Core.Analysis;
using GaiEval.Core.Inputs;
using GaiEval.Core.Results;
using GaiEval.Core.Review;
using GaiEval.Core.Scoring;
using GaiEval.Reporting.Csv;
using GaiEval.Tests.Support;

/// <summary>Reading a filled review sheet and checking it against the run: q1 has rules, q2 has none; providers a and b; two repeats.</summary>
public sealed class ReviewImportTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 15, 0, 0, TimeSpan.FromHours(9));

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static ReviewRun Scenario() =>
        new ReviewRun([ReviewRun.Item("q1"), ReviewRun.Item("q2", hasRule: false)], 2, "a", "b")
            .Answer("q1", "a").Rule("q1", "a", true)
            .Answer("q1", "a", repeat: 2).Rule("q1", "a", false, repeat: 2)
            .Answer("q1", "b").Rule("q1", "b", true).Judge("q1", "b", MetricNames.JudgeEquivalence, 1)
            .Fail("q1", "b", repeat: 2)
            .Answer("q2", "a")
            .Answer("q2", "b").Judge("q2", "b", MetricNames.JudgeEquivalence, 5);

    [Fact]
    public async Task Graded_rows_become_grades_and_ungraded_rows_are_counted()
    {
        RunResults results = await Scenario().LoadAsync(folder);
        SheetTable sheet = await ExportAsync(results);
        Assert.Equal(5, sheet.Rows.Count);
        sheet.Grade("q2", "a", "正答", comment: "十分", reviewer: "")
            .Grade("q1", "b", " 誤答 ", reviewer: "鈴木")
            .Grade("q2", "b", "部分", reviewer: "鈴木");

        ReviewImportBatch batch = Prepare(results, Save(sheet), reviewer: "山田");

        Assert.Equal(
        [
            new HumanGradeRecord { RunId = ReviewRun.RunId, ItemId = "q2", ProviderId = "a", Repeat = 1, Grade = HumanGrade.Correct, Comment = "十分", Reviewer = "山田", GradedAt = Now },
            new HumanGradeRecord { RunId = ReviewRun.RunId, ItemId = "q1", ProviderId = "b", Repeat = 1, Grade = HumanGrade.Wrong, Reviewer = "鈴木", GradedAt = Now },
            new HumanGradeRecord { RunId = ReviewRun.RunId, ItemId = "q2", ProviderId = "b", Repeat = 1, Grade = HumanGrade.Partial, Reviewer = "鈴木", GradedAt = Now },
        ],
            batch.Grades);
        Assert.Equal(2, batch.UngradedRows);
        Assert.Equal((1, 1, 1), (batch.Count(HumanGrade.Correct), batch.Count(HumanGrade.Partial), batch.Count(HumanGrade.Wrong)));

        // q2/a had no verdict (a grade gives one), q1/b was correct by its rules, q2/b correct by the judge, 部分 is not.
        Assert.Equal((3, 1), (batch.OverridingAutomatic, batch.WithoutAutomatic));
        Assert.Equal(0, batch.ReplacingEarlier);
    }

    [Fact]
    public async Task A_grade_that_agrees_with_the_automatic_verdict_does_not_count_as_a_change_and_a_regrade_replaces()
    {
        RunResults results = await Scenario().Graded("q1", "a", HumanGrade.Wrong).LoadAsync(folder);
        string path = Save(SheetTable.Load(await WriteAsync(results, new ReviewSelectionOptions { SampleSize = 100, IncludeGraded = true }))
            .Grade("q1", "a", "正答", reviewer: "山田"));

        ReviewImportBatch batch = Prepare(results, path, reviewer: null);

        HumanGradeRecord regrade = Assert.Single(batch.Grades);
        Assert.Equal((new ResponseKey("q1", "a", 1), HumanGrade.Correct, "山田"), (regrade.Key, regrade.Grade, regrade.Reviewer));
        Assert.Equal((0, 0), (batch.OverridingAutomatic, batch.WithoutAutomatic));
        Assert.Equal(1, batch.ReplacingEarlier);
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_line_and_field()
    {
        RunResults results = await Scenario().LoadAsync(folder);
        (string, string)[] Row(string item, string provider, string repeat, string grade, string reviewer = "山田", string run = ReviewRun.RunId) =>
            [("実行ID", run), ("項目ID", item), ("提供先", provider), ("反復", repeat), ("判定（正答/部分/誤答）", grade), ("採点者", reviewer)];
        SheetTable sheet = await ExportAsync(results);
        sheet.Rows.Clear();
        string path = Save(sheet
            .Add(Row("q1", "a", "1", "○"))
            .Add(Row("q9", "a", "1", "正答"))
            .Add(Row("q2", "z", "1", "正答"))
            .Add(Row("q2", "a", "3", "正答"))
            .Add(Row("q2", "a", "x", "正答"))
            .Add(Row("q2", "a", "1", "正答", run: "20261126-000000-zzzz"))
            .Add(Row("q1", "a", "1", "誤答"))
            .Add(Row("q2", "b", "1", "部分", reviewer: ""))
            .Add(Row("q1", "b", "2", "正答"))
            .Add(Row("q2", "b", "2", "")));

        InputException error = Assert.Throws<InputException>(() => Prepare(results, path, reviewer: null));

        Assert.Equal(
        [
            (2, "判定（正答/部分/誤答）", "判定は 正答・部分・誤答 のどれかで書いてください（指定値: 「○」）（q1 / a / 反復 1）"),
            (3, "項目ID", $"実行 {ReviewRun.RunId} にない項目です（q9 / a / 反復 1）"),
            (4, "提供先", $"実行 {ReviewRun.RunId} にない提供先です（この実行の提供先: a, b）（q2 / z / 反復 1）"),
            (5, "反復", $"実行 {ReviewRun.RunId} の反復は 2 回までです（指定値: 3）（q2 / a / 反復 3）"),
            (6, "反復", "反復は 1 以上の整数で書いてください（指定値: 「x」）（q2 / a / 反復 x）"),
            (7, "実行ID", $"実行 20261126-000000-zzzz の行です。取り込み先の実行 {ReviewRun.RunId} のシートか確かめてください（q2 / a / 反復 1）"),
            (8, "項目ID", "同じ回答の行が重複しています（最初は 2 行目）。1 つの回答につき 1 行にしてください（q1 / a / 反復 1）"),
            (9, "採点者", "採点者が空です。記入するか、--reviewer で採点者を指定してください（q2 / b / 反復 1）"),
            (10, "回答", "この応答には回答がありません（状態: error）。採点できるのは回答が得られた応答だけです（q1 / b / 反復 2）"),
        ],
            error.Errors.Select(e => (e.Line, e.Field, e.Message)));
        Assert.All(error.Errors, e => Assert.Equal(path, e.File));
    }

    [Fact]
    public async Task Missing_headings_are_reported_on_the_heading_line()
    {
        RunResults results = await Scenario().LoadAsync(folder);
        SheetTable sheet = (await ExportAsync(results)).GradeAll("正答");
        string withoutGrade = Save(sheet.WithoutColumn("判定（正答/部分/誤答）").WithoutColumn("反復"), "no-grade.csv");
        string withoutReviewer = Save(sheet.WithoutColumn("採点者"), "no-reviewer.csv");
        string withoutRun = Save(sheet.WithoutColumn("実行ID"), "no-run.csv");

        InputException noGrade = Assert.Throws<InputException>(() => Prepare(results, withoutGrade, reviewer: "山田"));
        InputException noReviewer = Assert.Throws<InputException>(() => Prepare(results, withoutReviewer, reviewer: null));
        InputException noRun = Assert.Throws<InputException>(() => Prepare(results, withoutRun, reviewer: null));
        ReviewImportBatch given = Prepare(results, withoutReviewer, reviewer: "山田");

        Assert.Equal(
            [(1, "反復", "列「反復」がありません。gaieval review export で書き出した見出し行を消さずに使ってください"), (1, "判定（正答/部分/誤答）", "列「判定（正答/部分/誤答）」がありません。gaieval review export で書き出した見出し行を消さずに使ってください")],
            noGrade.Errors.Select(e => (e.Line, e.Field, e.Message)));
        InputError runError = Assert.Single(noRun.Errors);
        Assert.Equal((1, "実行ID"), (runError.Line, runError.Field));
        InputError reviewerError = Assert.Single(noReviewer.Errors);
        Assert.Equal((1, "採点者"), (reviewerError.Line, reviewerError.Field));
        Assert.Equal(5, given.Grades.Count);
        Assert.All(given.Grades, g => Assert.Equal("山田", g.Reviewer));
    }

    [Fact]
    public async Task A_sheet_with_no_grade_at_all_is_refused()
    {
        RunResults results = await Scenario().LoadAsync(folder);
        string path = Save(await ExportAsync(results));

        InputException error = Assert.Throws<InputException>(() => Prepare(results, path, reviewer: "山田"));

        Assert.StartsWith($"{path}:0: SHEET: 判定が記入された行がありません。", Assert.Single(error.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neutralised_cells_read_back_as_the_original_text()
    {
        RunResults results = await new ReviewRun([ReviewRun.Item("q1", hasRule: false)], 1, "a")
            .Answer("q1", "a", "-1 を返します")
            .Graded("q1", "a", HumanGrade.Partial, reviewer: "@suzuki", comment: "=SUM(A1) のような式は不要")
            .LoadAsync(folder);
        string path = await WriteAsync(results, new ReviewSelectionOptions { IncludeGraded = true });
        SheetTable written = SheetTable.Load(path);
        Assert.Equal(("'=SUM(A1) のような式は不要", "'@suzuki", "'-1 を返します"), (written.Cell(0, "コメント"), written.Cell(0, "採点者"), written.Cell(0, "回答")));

        HumanGradeRecord grade = Assert.Single(Prepare(results, path, reviewer: null).Grades);

        Assert.Equal(("=SUM(A1) のような式は不要", "@suzuki", HumanGrade.Partial), (grade.Comment, grade.Reviewer, grade.Grade));
    }

    [Fact]
    public async Task A_sheet_saved_without_a_bom_and_with_multi_line_cells_points_at_the_excel_row()
    {
        RunResults results = await new ReviewRun([ReviewRun.Item("q1", hasRule: false), ReviewRun.Item("q2", hasRule: false)], 1, "a")
            .Answer("q1", "a", "1行目\n2行目\n3行目")
            .Answer("q2", "a")
            .LoadAsync(folder);
        SheetTable sheet = SheetTable.Load(await WriteAsync(results, new ReviewSelectionOptions()))
            .Grade("q1", "a", "正答")
            .Grade("q2", "a", "まる");
        string path = sheet.Save(folder.File("nobom.csv"), SheetTable.Utf8WithoutBom);

        InputException error = Assert.Throws<InputException>(() => Prepare(results, path, reviewer: null));

        // The q1 row spans lines 2-4 (answer) and 5 (rubric's second point), so q2 starts on line 6 but is row 3 in Excel.
        InputError only = Assert.Single(error.Errors);
        Assert.Equal((6, "判定（正答/部分/誤答）"), (only.Line, only.Field));
        Assert.EndsWith("（q2 / a / 反復 1、Excel では 3 行目）", only.Message, StringComparison.Ordinal);
        Assert.Equal(["q1"], Prepare(results, Save(sheet.Grade("q2", "a", "")), reviewer: null).Grades.Select(g => g.ItemId));
    }

    private static ReviewImportBatch Prepare(RunResults results, string path, string? reviewer) =>
        new ReviewImport(results).Prepare(ReviewSheetReader.Read(path), reviewer, Now);

    private async Task<SheetTable> ExportAsync(RunResults results) =>
        SheetTable.Load(await WriteAsync(results, new ReviewSelectionOptions { SampleSize = 100 }));

    private async Task<string> WriteAsync(RunResults results, ReviewSelectionOptions options)
    {
        string path = folder.File("review.csv");
        ReviewSelection selection = ReviewSelector.Select(results, options);
        await ReviewSheetWriter.WriteAsync(path, selection.Candidates.Select(c => ReviewSheetRow.For(results, c)), CsvFormulaGuard.Neutralize);
        return path;
    }

    private string Save(SheetTable sheet, string name = "filled.csv") => sheet.Save(folder.File(name), SheetTable.Utf8WithBom);
}
