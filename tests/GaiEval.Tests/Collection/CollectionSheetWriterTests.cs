namespace GaiEval.Tests.Collection;

using GaiEval.Core.Collection;
using GaiEval.Core.Model;
using GaiEval.Reporting.Csv;
using GaiEval.Tests.Support;

public sealed class CollectionSheetWriterTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Writes_a_bom_the_headings_and_one_row_per_item_with_the_staff_columns_empty()
    {
        string path = folder.File("sheets", "collect-web.csv");
        CollectionSheetRow[] rows = [CollectionSheetRow.For(Item("q001"), null), CollectionSheetRow.For(Item("q002"), null)];

        await CollectionSheetWriter.WriteAsync(path, rows, CsvFormulaGuard.Neutralize);

        byte[] bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        SheetTable sheet = SheetTable.Load(path);
        Assert.Equal(["項目ID", "業務分野", "用途", "貼り付ける文章", "回答", "所要秒数", "収集者", "収集日", "モデル名・版", "入力トークン", "出力トークン"], sheet.Header);
        Assert.Equal(["q001", "住民票・戸籍", "対話生成", "q001 の質問", "", "", "", "", "", "", ""], sheet.Rows[0]);
        Assert.Equal("q002", sheet.Rows[1][0]);
        Assert.Equal(2, sheet.Rows.Count);
    }

    [Fact]
    public async Task The_text_to_paste_is_the_system_prompt_then_the_question_and_its_material_across_lines()
    {
        string path = folder.File("collect.csv");
        GoldItem item = Item("q001") with { Question = "次の文を要約してください。", Context = "住民票の写しは1通300円です。\n区民課で取得できます。" };

        await CollectionSheetWriter.WriteAsync(path, [CollectionSheetRow.For(item, "あなたは区役所の職員です。")], CsvFormulaGuard.Neutralize);

        Assert.Equal(
            "あなたは区役所の職員です。\n\n次の文を要約してください。\n\n【資料】\n住民票の写しは1通300円です。\n区民課で取得できます。",
            SheetTable.Load(path).Cell("q001", "貼り付ける文章"));
    }

    [Fact]
    public async Task Every_text_cell_that_a_spreadsheet_would_run_as_a_formula_is_neutralised()
    {
        string path = folder.File("collect.csv");
        GoldItem item = Item("-q1") with { Category = "=HYPERLINK(\"http://example.com\")", Use = "@SUM(A1)", Question = "+1 を足すと？" };

        await CollectionSheetWriter.WriteAsync(path, [CollectionSheetRow.For(item, null)], CsvFormulaGuard.Neutralize);

        Assert.Equal(["'-q1", "'=HYPERLINK(\"http://example.com\")", "'@SUM(A1)", "'+1 を足すと？", "", "", "", "", "", "", ""], SheetTable.Load(path).Rows[0]);
    }

    [Fact]
    public async Task A_sheet_written_for_items_reads_back_once_filled()
    {
        string path = folder.File("collect.csv");
        await CollectionSheetWriter.WriteAsync(
            path, [CollectionSheetRow.For(Item("-q1"), "システム"), CollectionSheetRow.For(Item("q002"), "システム")], CsvFormulaGuard.Neutralize);
        SheetTable.Load(path).Fill("'-q1", "1通300円です。", "12.5", "山田", "2026-11-20").Save(path, SheetTable.Utf8WithBom);

        CollectedSheet read = CollectionSheetReader.Read(path);

        Assert.Empty(read.Errors);
        CollectedRow row = Assert.Single(read.Rows);
        Assert.Equal(new CollectedRow(2, 2, "-q1", "1通300円です。", 12.5, "山田", new DateOnly(2026, 11, 20)), row);
        Assert.Equal(1, read.UncollectedRows);
    }

    private static GoldItem Item(string id) => new()
    {
        Id = id,
        Category = "住民票・戸籍",
        Use = ItemUses.Dialogue,
        Question = $"{id} の質問",
    };
}
