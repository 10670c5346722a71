namespace GaiEval.Tests.TestSets;

using System.Text;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.TestSets;
using GaiEval.Tests.Support;
using static GaiEval.Tests.TestSets.TestSetLoaderJsonlTests;

public sealed class TestSetLoaderCsvTests : IDisposable
{
    private const string Header = "id,category,use,question,context,must_include,must_not_include,expect,sensitivity,human_minutes,review_minutes,sources,rubric,split,tags";

    private static readonly string Csv =
        Header + "\r\n"
        + "q1,住民問合せ対応,対話生成,住民票の手数料は？,\"窓口は8:30から、\r\n土日は休み\",300円|三百円;窓口,無料;24時間,answer,internal,5,1,手続/住民票.md#手数料,簡潔;丁寧,hidden,faq;窓口\r\n"
        + "q2,子ども・子育て,情報抽出・要約,要約してください,,,,refuse,,10.5,2,,,,\r\n";

    private static readonly string SameItemsAsJsonl = GoldLines.Jsonl(
        """{"id":"q1","category":"住民問合せ対応","use":"対話生成","question":"住民票の手数料は？","context":"窓口は8:30から、\r\n土日は休み","must_include":[["300円","三百円"],["窓口"]],"must_not_include":["無料","24時間"],"expect":"answer","sensitivity":"internal","human_minutes":5,"review_minutes":1,"sources":["手続/住民票.md#手数料"],"rubric":["簡潔","丁寧"],"split":"hidden","tags":["faq","窓口"]}""",
        """{"id":"q2","category":"子ども・子育て","use":"情報抽出・要約","question":"要約してください","expect":"refuse","human_minutes":10.5,"review_minutes":2}""");

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Gives_the_same_items_and_hash_as_the_same_set_in_jsonl()
    {
        TestSet fromCsv = TestSetLoader.Load(folder.Write("items.csv", Csv));
        TestSet fromJsonl = TestSetLoader.Load(folder.Write("items.jsonl", SameItemsAsJsonl));

        Assert.Equal(fromJsonl.ContentHash, fromCsv.ContentHash);
        Assert.Equal(
            fromJsonl.Items.Select(item => System.Text.Json.JsonSerializer.Serialize(item, ReflectionJson.Options)),
            fromCsv.Items.Select(item => System.Text.Json.JsonSerializer.Serialize(item, ReflectionJson.Options)));
        GoldItem first = fromCsv.Items[0];
        Assert.Equal(["300円", "三百円"], first.MustInclude[0]);
        Assert.Equal(["窓口"], first.MustInclude[1]);
        Assert.Equal("窓口は8:30から、\r\n土日は休み", first.Context);
        Assert.Equal(Expectation.Refuse, fromCsv.Items[1].Expect);
    }

    [Fact]
    public void Gives_a_different_hash_when_an_item_changes()
    {
        TestSet original = TestSetLoader.Load(folder.Write("a.csv", Csv));
        TestSet changed = TestSetLoader.Load(folder.Write("b.csv", Csv.Replace("10.5", "11", StringComparison.Ordinal)));

        Assert.NotEqual(original.ContentHash, changed.ContentHash);
    }

    [Fact]
    public void Reads_utf8_with_a_byte_order_mark()
    {
        string path = folder.WriteBytes("items.csv", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Csv)]);

        AssertJapaneseTextSurvived(TestSetLoader.Load(path));
    }

    [Fact]
    public void Reads_utf8_without_a_byte_order_mark()
    {
        string path = folder.WriteBytes("items.csv", new UTF8Encoding(false).GetBytes(Csv));

        AssertJapaneseTextSurvived(TestSetLoader.Load(path));
    }

    [Fact]
    public void Reads_shift_jis_as_japanese_excel_writes_it()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string path = folder.WriteBytes("items.csv", Encoding.GetEncoding(932).GetBytes(Csv));

        TestSet set = TestSetLoader.Load(path);

        AssertJapaneseTextSurvived(set);
        Assert.Equal(TestSetLoader.Load(folder.Write("utf8.csv", Csv)).ContentHash, set.ContentHash);
    }

    [Fact]
    public void Keeps_line_numbers_right_after_a_quoted_cell_that_spans_lines()
    {
        string csv = "id,category,use,question,human_minutes,review_minutes,context\n"
            + "q1,住民問合せ対応,対話生成,質問1,5,1,\"一行目\n二行目\n三行目\"\n"
            + "\n"
            + "q2,住民問合せ対応,対話生成,質問2,abc,1,\n"
            + "q3,住民問合せ対応,対話生成,質問3,5,1,\"a\r\nb\"\n"
            + "q3,住民問合せ対応,対話生成,質問4,5,1,\n";
        string path = folder.Write("items.csv", csv);

        var exception = Assert.Throws<InputException>(() => TestSetLoader.Load(path));

        Assert.Collection(
            exception.Errors,
            error => AssertError(error, path, 6, "human_minutes", "「abc」"),
            error => AssertError(error, path, 9, "id", "最初は 7 行目"));
    }

    [Fact]
    public void Rejects_an_unknown_column_on_line_1_with_the_closest_name()
    {
        string path = folder.Write("items.csv", Csv.Replace("must_not_include", "must_not_includes", StringComparison.Ordinal));

        var error = Assert.Single(Assert.Throws<InputException>(() => TestSetLoader.Load(path)).Errors);

        AssertError(error, path, 1, "must_not_includes", "「must_not_include」のことですか");
    }

    [Fact]
    public void Rejects_a_missing_required_column_once_on_line_1()
    {
        string path = folder.Write("items.csv", "id,category,use,question,human_minutes\nq1,住民問合せ対応,対話生成,質問,5\nq2,住民問合せ対応,対話生成,質問,5\n");

        var error = Assert.Single(Assert.Throws<InputException>(() => TestSetLoader.Load(path)).Errors);

        AssertError(error, path, 1, "review_minutes", "必須の列");
    }

    [Fact]
    public void Reads_full_width_digits_in_minutes()
    {
        string path = folder.Write("items.csv", "id,category,use,question,human_minutes,review_minutes\nq1,住民問合せ対応,対話生成,質問,１２,０.５\n");

        GoldItem item = Assert.Single(TestSetLoader.Load(path).Items);

        Assert.Equal(12, item.HumanMinutes);
        Assert.Equal(0.5, item.ReviewMinutes);
    }

    [Fact]
    public void Rejects_values_beyond_the_header_columns()
    {
        string path = folder.Write("items.csv", "id,category,use,question,human_minutes,review_minutes\nq1,住民問合せ対応,対話生成,質問,5,1,余分\n");

        var error = Assert.Single(Assert.Throws<InputException>(() => TestSetLoader.Load(path)).Errors);

        AssertError(error, path, 2, "csv", "7 列目");
    }

    [Fact]
    public void Rejects_a_stray_quote_in_an_unquoted_cell()
    {
        string path = folder.Write("items.csv", "id,category,use,question,human_minutes,review_minutes\nq1,住民問合せ対応,対話生成,質問,5,1\nq2,住民問合せ対応,対話生成,8時\"30分,5,1\n");

        var error = Assert.Single(Assert.Throws<InputException>(() => TestSetLoader.Load(path)).Errors);

        AssertError(error, path, 3, "csv", "引用符");
    }

    [Fact]
    public void Rejects_an_empty_group_in_must_include()
    {
        string path = folder.Write("items.csv", "id,category,use,question,human_minutes,review_minutes,must_include\nq1,住民問合せ対応,対話生成,質問,5,1,300円;;窓口\n");

        var error = Assert.Single(Assert.Throws<InputException>(() => TestSetLoader.Load(path)).Errors);

        AssertError(error, path, 2, "must_include", "2 番目のグループに空の選択肢");
    }

    [Fact]
    public void Skips_rows_whose_cells_are_all_empty()
    {
        string path = folder.Write("items.csv", "id,category,use,question,human_minutes,review_minutes\n,,,,,\nq1,住民問合せ対応,対話生成,質問,5,1\n,,,,,\n");

        Assert.Equal("q1", Assert.Single(TestSetLoader.Load(path).Items).Id);
    }

    [Fact]
    public void Reports_every_bad_record_at_once()
    {
        string path = folder.Write("items.csv", "id,category,use,question,human_minutes,review_minutes\n"
            + "q1,住民問合せ対応,翻訳,質問,5,1\n"
            + "q2,住民問合せ対応,対話生成,質問,5,1\n"
            + "q3,住民問合せ対応,対話生成,,5,1\n"
            + "q 4,住民問合せ対応,対話生成,質問,5,1\n");

        var exception = Assert.Throws<InputException>(() => TestSetLoader.Load(path));

        Assert.Equal([(2, "use"), (4, "question"), (5, "id")], exception.Errors.Select(error => (error.Line, error.Field)));
    }

    private static void AssertJapaneseTextSurvived(TestSet set)
    {
        Assert.Equal(2, set.Items.Count);
        Assert.Equal("住民問合せ対応", set.Items[0].Category);
        Assert.Equal("住民票の手数料は？", set.Items[0].Question);
        Assert.Equal(ItemUses.ExtractionSummary, set.Items[1].Use);
        Assert.Equal(["手続/住民票.md#手数料"], set.Items[0].Sources);
    }
}
