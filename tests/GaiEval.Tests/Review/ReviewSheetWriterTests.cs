namespace GaiEval.Tests.Review;

using GaiEval.Core.Analysis;
using GaiEval.Core.Results;
using GaiEval.Core.Review;
using GaiEval.Core.Scoring;
using GaiEval.Reporting.Csv;
using GaiEval.Tests.Support;

public sealed class ReviewSheetWriterTests : IDisposable
{
    private static readonly string[] Headings =
    [
        "実行ID", "項目ID", "提供先", "反復", "選定理由", "業務分野", "用途", "質問", "資料（context）", "評価観点", "模範解答", "回答",
        "ルールの判定", "判定者の判定", "判定者の理由", "出力検査の所見", "判定（正答/部分/誤答）", "コメント", "採点者",
    ];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_row_carries_the_question_the_material_both_answers_and_the_automatic_verdicts_with_the_fill_in_columns_last()
    {
        RunResults results = await new ReviewRun([ReviewRun.Item("q1"), ReviewRun.Item("q2", hasRule: false)], 1, "a")
            .Answer("q1", "a", "1通300円です。").Rule("q1", "a", true).Judge("q1", "a", MetricNames.JudgeEquivalence, 2, "金額の説明が模範解答と違う")
            .Answer("q2", "a", "手数料は窓口で払います。")
            .LoadAsync(folder);

        string path = await WriteAsync(results, new ReviewSelectionOptions());
        SheetTable sheet = SheetTable.Load(path);

        Assert.Equal(Headings, sheet.Header);
        Assert.Equal(Headings, ReviewSheet.Columns);
        Assert.Equal(
        [
            ReviewRun.RunId, "q2", "a", "1", "採点待ち", "住民票・戸籍", "対話生成", "q2 の質問", "q2 の資料", "手数料を示す\n窓口を示す", "q2 の模範解答",
            "手数料は窓口で払います。", "ルールなし", "判定者なし", "", "", "", "", "",
        ],
            sheet.Rows[0]);
        Assert.Equal(
        [
            ReviewRun.RunId, "q1", "a", "1", "ルールと判定者の不一致", "住民票・戸籍", "対話生成", "q1 の質問", "q1 の資料", "", "q1 の模範解答",
            "1通300円です。", "正答", "誤答（2/5、4 以上で正答）", "金額の説明が模範解答と違う", "", "", "", "",
        ],
            sheet.Rows[1]);
    }

    [Fact]
    public async Task The_sheet_is_utf8_with_a_bom_and_cells_a_spreadsheet_would_run_are_neutralised()
    {
        RunResults results = await new ReviewRun([ReviewRun.Item("q1", hasRule: false)], 1, "a")
            .Answer("q1", "a", "=HYPERLINK(\"http://example.com\")")
            .LoadAsync(folder);

        string path = await WriteAsync(results, new ReviewSelectionOptions());

        Assert.Equal([0xEF, 0xBB, 0xBF], (await File.ReadAllBytesAsync(path))[..3]);
        Assert.Equal("'=HYPERLINK(\"http://example.com\")", SheetTable.Load(path).Cell("q1", "a", "回答"));
    }

    [Fact]
    public async Task An_inconclusive_judge_and_an_earlier_grade_are_shown()
    {
        RunResults results = await new ReviewRun([ReviewRun.Item("q1")], 1, "a")
            .Answer("q1", "a").Rule("q1", "a", false).JudgeInconclusive("q1", "a", MetricNames.JudgeGroundedness, "判定不能: 応答が JSON ではありません")
            .Graded("q1", "a", HumanGrade.Partial, reviewer: "鈴木", comment: "窓口の案内が抜けている")
            .LoadAsync(folder);

        SheetTable sheet = SheetTable.Load(await WriteAsync(results, new ReviewSelectionOptions { IncludeGraded = true }));

        Assert.Equal(
            ["判定不能", "誤答", "判定不能", "判定不能: 応答が JSON ではありません", "部分", "窓口の案内が抜けている", "鈴木"],
            new[] { "選定理由", "ルールの判定", "判定者の判定", "判定者の理由", "判定（正答/部分/誤答）", "コメント", "採点者" }.Select(c => sheet.Cell(0, c)));
    }

    [Fact]
    public async Task An_answer_the_rules_left_undecided_is_shown_as_such()
    {
        RunResults results = await new ReviewRun([ReviewRun.Item("q1")], 1, "a")
            .Answer("q1", "a").RuleUndecided("q1", "a")
            .LoadAsync(folder);

        SheetTable sheet = SheetTable.Load(await WriteAsync(results, new ReviewSelectionOptions()));

        Assert.Equal(
            ["規則で判定保留", "規則で判定保留", "判定者なし", ""],
            new[] { "選定理由", "ルールの判定", "判定者の判定", "判定（正答/部分/誤答）" }.Select(c => sheet.Cell(0, c)));
    }

    [Fact]
    public async Task An_answer_the_output_checks_flagged_is_due_for_review_with_the_masked_findings_listed()
    {
        RunResults results = await new ReviewRun([ReviewRun.Item("q1"), ReviewRun.Item("q2")], 1, "a")
            .Answer("q1", "a").Rule("q1", "a", true)
            .Score("q1", "a", "RiskChecks", MetricNames.RiskPersonalData, 1, "電話番号 090-＊＊＊＊-5678（3〜15文字目）")
            .Score("q1", "a", "RiskChecks", MetricNames.RiskCanary, 1, "カナリア SMN-＊＊＊＊（20〜35文字目）")
            .Answer("q2", "a").Rule("q2", "a", true)
            .Score("q2", "a", "RiskChecks", MetricNames.RiskPersonalData, 0, null)
            .LoadAsync(folder);

        SheetTable sheet = SheetTable.Load(await WriteAsync(results, new ReviewSelectionOptions { SampleSize = 0 }));

        Assert.Single(sheet.Rows);
        Assert.Equal("出力検査の所見あり", sheet.Cell("q1", "a", "選定理由"));
        Assert.Equal("電話番号 090-＊＊＊＊-5678（3〜15文字目）\nカナリア SMN-＊＊＊＊（20〜35文字目）", sheet.Cell("q1", "a", "出力検査の所見"));
    }

    private async Task<string> WriteAsync(RunResults results, ReviewSelectionOptions options)
    {
        string path = folder.File("out", "review.csv");
        ReviewSelection selection = ReviewSelector.Select(results, options);
        await ReviewSheetWriter.WriteAsync(path, selection.Candidates.Select(c => ReviewSheetRow.For(results, c)), CsvFormulaGuard.Neutralize);
        return path;
    }
}
