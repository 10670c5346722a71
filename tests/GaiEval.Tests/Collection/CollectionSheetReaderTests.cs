namespace GaiEval.Tests.Collection;

using System.Text;
using GaiEval.Core.Collection;
using GaiEval.Core.Inputs;
using GaiEval.Tests.Support;

public sealed class CollectionSheetReaderTests : IDisposable
{
    private static readonly string[] Headings = ["項目ID", "業務分野", "用途", "貼り付ける文章", "回答", "所要秒数", "収集者", "収集日"];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string> Encodings => ["utf-8-bom", "utf-8", "cp932"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Reads_a_sheet_as_excel_saves_it_in_utf8_with_or_without_bom_or_in_cp932(string encoding)
    {
        Encoding chosen = encoding switch
        {
            "utf-8-bom" => SheetTable.Utf8WithBom,
            "utf-8" => SheetTable.Utf8WithoutBom,
            _ => SheetTable.ShiftJis,
        };
        string path = SheetTable.Create(Headings)
            .Add(("項目ID", "q001"), ("貼り付ける文章", "住民票の手数料は？"), ("回答", "住民票の写しは１通300円です。"), ("所要秒数", "12.5"), ("収集者", "山田 花子"), ("収集日", "2026-11-20"))
            .Save(folder.File("sheet.csv"), chosen);

        CollectedSheet sheet = CollectionSheetReader.Read(path);

        Assert.Empty(sheet.Errors);
        Assert.Equal(new CollectedRow(2, 2, "q001", "住民票の写しは１通300円です。", 12.5, "山田 花子", new DateOnly(2026, 11, 20)), Assert.Single(sheet.Rows));
    }

    [Fact]
    public void Accepts_the_date_and_number_forms_excel_and_japanese_input_produce()
    {
        string path = SheetTable.Create(Headings)
            .Add(("項目ID", "q001"), ("回答", "a"), ("所要秒数", "８.５"), ("収集日", "2026/11/5"))
            .Add(("項目ID", "q002"), ("回答", "b"), ("所要秒数", "12秒"), ("収集日", "２０２６－１１－０６"))
            .Add(("項目ID", "q003"), ("回答", "c"), ("所要秒数", "0"), ("収集日", "2026年11月7日"))
            .Save(folder.File("sheet.csv"), SheetTable.ShiftJis);

        CollectedSheet sheet = CollectionSheetReader.Read(path);

        Assert.Empty(sheet.Errors);
        Assert.Equal([8.5, 12, 0], sheet.Rows.Select(r => r.Seconds!.Value));
        Assert.Equal([new DateOnly(2026, 11, 5), new DateOnly(2026, 11, 6), new DateOnly(2026, 11, 7)], sheet.Rows.Select(r => r.CollectedOn!.Value));
        Assert.All(sheet.Rows, r => Assert.Null(r.Collector));
    }

    [Fact]
    public void The_model_and_the_tokens_the_service_showed_are_read_when_given_and_half_a_token_pair_is_refused()
    {
        string[] headings = [.. Headings, "モデル名・版", "入力トークン", "出力トークン"];
        string path = SheetTable.Create(headings)
            .Add(("項目ID", "q001"), ("回答", "a"), ("所要秒数", "3"), ("収集日", "2026-11-20"), ("モデル名・版", "かくうGPT 2026-10"), ("入力トークン", "412"), ("出力トークン", "96"))
            .Add(("項目ID", "q002"), ("回答", "b"), ("所要秒数", "3"), ("収集日", "2026-11-20"))
            .Add(("項目ID", "q003"), ("回答", "c"), ("所要秒数", "3"), ("収集日", "2026-11-20"), ("入力トークン", "412"))
            .Add(("項目ID", "q004"), ("回答", "d"), ("所要秒数", "3"), ("収集日", "2026-11-20"), ("入力トークン", "約400"), ("出力トークン", "96"))
            .Save(folder.File("sheet.csv"), SheetTable.Utf8WithBom);

        CollectedSheet sheet = CollectionSheetReader.Read(path);

        Assert.Equal([(4, "出力トークン"), (5, "入力トークン")], sheet.Errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("両方書くか、両方空けて", sheet.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("「約400」", sheet.Errors[1].Message, StringComparison.Ordinal);
        Assert.Equal(("かくうGPT 2026-10", (412L, 96L)), (sheet.Rows[0].ModelName, sheet.Rows[0].Tokens));
        Assert.Equal((null, null), (sheet.Rows[1].ModelName, sheet.Rows[1].Tokens));
    }

    [Fact]
    public void Rows_not_filled_in_yet_are_counted_and_skipped_and_blank_lines_ignored()
    {
        string path = SheetTable.Create(Headings)
            .Add(("項目ID", "q001"), ("貼り付ける文章", "質問1"))
            .Add(("項目ID", "q002"), ("貼り付ける文章", "質問2"), ("回答", "答え"), ("所要秒数", "3"), ("収集日", "2026-11-20"))
            .Add(("項目ID", "q003"), ("貼り付ける文章", "質問3"))
            .Add()
            .Save(folder.File("sheet.csv"), SheetTable.Utf8WithBom);

        CollectedSheet sheet = CollectionSheetReader.Read(path);

        Assert.Empty(sheet.Errors);
        Assert.Equal("q002", Assert.Single(sheet.Rows).ItemId);
        Assert.Equal(2, sheet.UncollectedRows);
    }

    [Fact]
    public void Reports_every_bad_cell_at_the_line_its_row_starts_and_its_excel_row()
    {
        string path = SheetTable.Create(Headings)
            .Add(("項目ID", "q001"), ("貼り付ける文章", "システム\n\n質問1"), ("回答", " "), ("所要秒数", "5"), ("収集日", "2026-11-20"))
            .Add(("項目ID", "q002"), ("貼り付ける文章", "システム\n\n質問2"), ("回答", "答え"), ("所要秒数", "-3"), ("収集日", "2026-02-30"))
            .Add(("項目ID", "q003"), ("貼り付ける文章", "質問3"), ("回答", "答え"), ("所要秒数", "約10"), ("収集日", "11/20"))
            .Add(("項目ID", "q003"), ("回答", "もう一度"), ("所要秒数", ""), ("収集日", ""))
            .Add(("項目ID", ""), ("回答", "IDのない答え"), ("所要秒数", "NaN"), ("収集日", "2026-11-20"))
            .Save(folder.File("sheet.csv"), SheetTable.Utf8WithBom);

        CollectedSheet sheet = CollectionSheetReader.Read(path);

        Assert.Equal(
            [
                (2, "回答"), (5, "所要秒数"), (5, "収集日"), (8, "所要秒数"), (8, "収集日"),
                (9, "項目ID"), (9, "所要秒数"), (9, "収集日"), (10, "項目ID"), (10, "所要秒数"),
            ],
            sheet.Errors.Select(e => (e.Line, e.Field)));
        Assert.All(sheet.Errors, e => Assert.Equal(path, e.File));
        Assert.Equal("回答が空です。サービスの回答をそのまま貼り付けてください（項目ID q001）", sheet.Errors[0].Message);
        Assert.Contains("「-3」", Message(sheet, 5, "所要秒数"), StringComparison.Ordinal);
        Assert.EndsWith("（項目ID q002、Excel では 3 行目）", Message(sheet, 5, "所要秒数"), StringComparison.Ordinal);
        Assert.Contains("「2026-02-30」", Message(sheet, 5, "収集日"), StringComparison.Ordinal);
        Assert.StartsWith("項目IDが重複しています（最初は 8 行目）", Message(sheet, 9, "項目ID"), StringComparison.Ordinal);
        Assert.EndsWith("（Excel では 6 行目）", Message(sheet, 10, "項目ID"), StringComparison.Ordinal);
        Assert.All(sheet.Rows, r => Assert.False(r.IsComplete));
    }

    [Fact]
    public void A_missing_or_repeated_column_is_reported_on_the_heading_line()
    {
        string[] headings = [.. Headings.Where(h => h != "回答"), "所要秒数"];
        string path = SheetTable.Create(headings)
            .Add(("項目ID", "q001"), ("所要秒数", "5"), ("収集日", "2026-11-20"))
            .Save(folder.File("sheet.csv"), SheetTable.Utf8WithBom);

        CollectedSheet sheet = CollectionSheetReader.Read(path);

        Assert.Equal([(1, "所要秒数"), (1, "回答")], sheet.Errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("列「回答」がありません", sheet.Errors[1].Message, StringComparison.Ordinal);
        Assert.False(Assert.Single(sheet.Rows).IsComplete);
    }

    [Fact]
    public void Extra_columns_staff_add_are_ignored()
    {
        string path = SheetTable.Create([.. Headings, "メモ"])
            .Add(("項目ID", "q001"), ("回答", "答え"), ("所要秒数", "5"), ("収集日", "2026-11-20"), ("メモ", "=再確認"))
            .Save(folder.File("sheet.csv"), SheetTable.Utf8WithBom);

        CollectedSheet sheet = CollectionSheetReader.Read(path);

        Assert.Empty(sheet.Errors);
        Assert.True(Assert.Single(sheet.Rows).IsComplete);
    }

    [Fact]
    public void A_sheet_with_nothing_filled_in_is_an_error_not_an_empty_import()
    {
        string path = SheetTable.Create(Headings)
            .Add(("項目ID", "q001"), ("貼り付ける文章", "質問1"))
            .Save(folder.File("sheet.csv"), SheetTable.Utf8WithBom);

        CollectedSheet sheet = CollectionSheetReader.Read(path);

        InputError error = Assert.Single(sheet.Errors);
        Assert.Equal((0, "SHEET"), (error.Line, error.Field));
        Assert.Contains("回答が記入された行がありません", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stray_quote_is_reported_once_at_its_line()
    {
        string path = folder.Write("sheet.csv", "項目ID,回答,所要秒数,収集者,収集日\r\nq001,答え,5,,2026-11-20\r\nq002,\"引用\"の\"あと,5,,2026-11-20\r\n");

        CollectedSheet sheet = CollectionSheetReader.Read(path);

        InputError error = Assert.Single(sheet.Errors);
        Assert.Equal((3, "csv"), (error.Line, error.Field));
    }

    [Fact]
    public void A_missing_file_is_an_error()
    {
        CollectedSheet sheet = CollectionSheetReader.Read(folder.File("none.csv"));

        Assert.Contains("見つかりません", Assert.Single(sheet.Errors).Message, StringComparison.Ordinal);
    }

    private static string Message(CollectedSheet sheet, int line, string field) =>
        sheet.Errors.Single(e => e.Line == line && e.Field == field).Message;
}
