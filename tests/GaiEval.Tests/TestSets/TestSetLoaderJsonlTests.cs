namespace GaiEval.Tests.TestSets;

using System.Text;
using System.Text.Json.Nodes;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.TestSets;
using GaiEval.Tests.Support;

public sealed class TestSetLoaderJsonlTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Loads_every_field_of_a_valid_item()
    {
        string line = """
            {"id":"q1","category":"子ども・子育て","use":"情報抽出・要約","question":"要約して","context":"議事録…","reference":"要旨",
             "must_include":[["8時30分","8:30"],"窓口"],"must_not_include":["24時間"],"expect":"refuse","sensitivity":"confidential",
             "human_minutes":12.5,"review_minutes":2,"sources":["手続/住民票.md#手数料"],"rubric":["簡潔"],"split":"hidden","tags":["faq","窓口"]}
            """.ReplaceLineEndings(" ");
        string path = folder.Write("items.jsonl", line + "\n");

        TestSet set = TestSetLoader.Load(path);

        GoldItem item = Assert.Single(set.Items);
        Assert.Equal("q1", item.Id);
        Assert.Equal("子ども・子育て", item.Category);
        Assert.Equal(ItemUses.ExtractionSummary, item.Use);
        Assert.Equal("要約して", item.Question);
        Assert.Equal("議事録…", item.Context);
        Assert.Equal("要旨", item.Reference);
        Assert.Equal(2, item.MustInclude.Count);
        Assert.Equal(["8時30分", "8:30"], item.MustInclude[0]);
        Assert.Equal(["窓口"], item.MustInclude[1]);
        Assert.Equal(["24時間"], item.MustNotInclude);
        Assert.Equal(Expectation.Refuse, item.Expect);
        Assert.Equal(Sensitivity.Confidential, item.Sensitivity);
        Assert.Equal(12.5, item.HumanMinutes);
        Assert.Equal(2, item.ReviewMinutes);
        Assert.Equal(["手続/住民票.md#手数料"], item.Sources);
        Assert.Equal(["簡潔"], item.Rubric);
        Assert.Equal(ItemSplit.Hidden, item.Split);
        Assert.Equal(["faq", "窓口"], item.Tags);
        Assert.Equal(Path.GetFullPath(path), set.Path);
        Assert.Matches("^[0-9a-f]{64}$", set.ContentHash);
    }

    [Fact]
    public void Reads_a_line_longer_than_the_read_buffer_whole_and_splits_lines_only_at_line_feeds()
    {
        string longQuestion = string.Concat(Enumerable.Repeat("住民票の写しはどこで取れますか。", 3_000));
        string valid = folder.Write("valid.jsonl", GoldLines.Valid("q1", item => item["question"] = longQuestion) + "\r\n\r\n" + GoldLines.Valid("q2"));
        Assert.Equal([longQuestion, "住民票の写しの手数料はいくらですか。"], TestSetLoader.Load(valid).Items.Select(i => i.Question));
        string path = folder.Write(
            "items.jsonl",
            GoldLines.Valid("q1", item => item["question"] = longQuestion) + "\r\n\r\n"
            + GoldLines.Valid("q2") + "\r" + GoldLines.Valid("q3") + "\n"
            + GoldLines.Valid("q4", item => item["expect"] = "maybe") + "\n");

        var error = Assert.Throws<InputException>(() => TestSetLoader.Load(path));

        // q2 and q3 share line 3 (a lone carriage return does not end a line, as before), so that line is not one JSON object.
        Assert.Contains(error.Errors, e => e.Line == 3 && e.Field == "json");
        Assert.Contains(error.Errors, e => e.Line == 4 && e.Field == "expect");
        Assert.DoesNotContain(error.Errors, e => e.Line is 1 or 2);
    }

    [Fact]
    public void Holds_repeated_short_texts_and_empty_lists_once_and_keeps_every_value()
    {
        string path = folder.Write(
            "items.jsonl",
            GoldLines.Jsonl(
                GoldLines.Valid("q1", item => { item["tags"] = new JsonArray("faq"); item["must_not_include"] = new JsonArray(); }),
                GoldLines.Valid("q2", item => { item["tags"] = new JsonArray("faq"); item["must_not_include"] = new JsonArray(); })));

        TestSet set = TestSetLoader.Load(path);

        GoldItem first = set.Items[0];
        GoldItem second = set.Items[1];
        Assert.Equal(["q1", "q2"], set.Items.Select(i => i.Id));
        Assert.Same(first.Category, second.Category);
        Assert.Same(first.Tags[0], second.Tags[0]);
        Assert.Equal(["faq"], second.Tags);
        Assert.Empty(second.MustNotInclude);
        Assert.Same(first.MustNotInclude, second.MustNotInclude);
        Assert.Equal(first.Question, second.Question);
    }

    [Fact]
    public void Holds_a_list_that_repeats_from_item_to_item_once_and_keeps_different_lists_apart()
    {
        static JsonArray Groups() => new(new JsonArray("8時30分", "8:30"), "窓口");
        string path = folder.Write(
            "items.jsonl",
            GoldLines.Jsonl(
                GoldLines.Valid("q1", item => { item["tags"] = new JsonArray("faq", "窓口"); item["must_include"] = Groups(); }),
                GoldLines.Valid("q2", item => { item["tags"] = new JsonArray("faq", "窓口"); item["must_include"] = Groups(); }),
                GoldLines.Valid("q3", item => { item["tags"] = new JsonArray("窓口", "faq"); item["must_include"] = new JsonArray("窓口"); })));

        TestSet set = TestSetLoader.Load(path);

        (GoldItem first, GoldItem second, GoldItem third) = (set.Items[0], set.Items[1], set.Items[2]);
        Assert.Same(first.Tags, second.Tags);
        Assert.Same(first.MustInclude, second.MustInclude);
        Assert.Equal(["faq", "窓口"], second.Tags);
        Assert.Equal(["8時30分", "8:30"], second.MustInclude[0]);
        Assert.Equal(["窓口"], second.MustInclude[1]);

        // The same members in another order, or another grouping, are another list; a group equal to another item's is shared.
        Assert.NotSame(first.Tags, third.Tags);
        Assert.Equal(["窓口", "faq"], third.Tags);
        Assert.NotSame(first.MustInclude, third.MustInclude);
        Assert.Same(first.MustInclude[1], Assert.Single(third.MustInclude));
    }

    [Fact]
    public void Holds_a_long_text_that_repeats_from_item_to_item_once_and_keeps_each_item_s_own()
    {
        string passage = string.Concat(Enumerable.Repeat("第2日曜日の休日開庁では住民票と印鑑登録の手続だけを扱います。", 20));
        string path = folder.Write(
            "items.jsonl",
            GoldLines.Jsonl(
                GoldLines.Valid("q1", item => { item["context"] = passage; item["reference"] = "手続だけです。"; }),
                GoldLines.Valid("q2", item => { item["context"] = passage; item["reference"] = "手続だけです。"; item["question"] = "要約してください。"; }),
                GoldLines.Valid("q3", item => { item["context"] = passage + "（改訂）"; item["reference"] = "別の答え"; })));

        TestSet set = TestSetLoader.Load(path);

        (GoldItem first, GoldItem second, GoldItem third) = (set.Items[0], set.Items[1], set.Items[2]);
        Assert.Same(first.Context, second.Context);
        Assert.Same(first.Reference, second.Reference);
        Assert.Same(first.Question, third.Question);
        Assert.Equal(passage, second.Context);
        Assert.Equal("要約してください。", second.Question);
        Assert.Equal(passage + "（改訂）", third.Context);
        Assert.Equal("別の答え", third.Reference);
        Assert.Null(Assert.Single(TestSetLoader.Load(folder.Write("plain.jsonl", GoldLines.Jsonl(GoldLines.Valid()))).Items).Context);
    }

    [Fact]
    public void Applies_defaults_for_optional_fields()
    {
        string path = folder.Write("items.jsonl", GoldLines.Jsonl(GoldLines.Valid(change: item => item.Remove("must_include"))));

        GoldItem item = Assert.Single(TestSetLoader.Load(path).Items);

        Assert.Null(item.Context);
        Assert.Empty(item.MustInclude);
        Assert.Equal(Expectation.Answer, item.Expect);
        Assert.Equal(Sensitivity.Public, item.Sensitivity);
        Assert.Equal(ItemSplit.Public, item.Split);
    }

    [Fact]
    public void Accepts_a_byte_order_mark_and_skips_blank_lines()
    {
        byte[] text = Encoding.UTF8.GetBytes("\n" + GoldLines.Valid("q1") + "\r\n   \r\n" + GoldLines.Valid("q2") + "\r\n");
        string path = folder.WriteBytes("items.jsonl", [.. Encoding.UTF8.Preamble, .. text]);

        TestSet set = TestSetLoader.Load(path);

        Assert.Equal(["q1", "q2"], set.Items.Select(item => item.Id));
    }

    [Fact]
    public void Reads_a_json_extension_as_json_lines()
    {
        string path = folder.Write("items.json", GoldLines.Jsonl(GoldLines.Valid("q1"), GoldLines.Valid("q2")));

        Assert.Equal(2, TestSetLoader.Load(path).Items.Count);
    }

    [Fact]
    public void Reports_a_line_that_is_not_json_and_still_checks_the_other_lines()
    {
        string path = folder.Write("items.jsonl", GoldLines.Jsonl(GoldLines.Valid("q1"), "{\"id\": \"q2\",", GoldLines.Valid("q3", item => item["use"] = "翻訳")));

        var exception = Assert.Throws<InputException>(() => TestSetLoader.Load(path));

        Assert.Collection(
            exception.Errors,
            error => AssertError(error, path, 2, "json", "JSON として読めません"),
            error => AssertError(error, path, 3, "use", "文書作成"));
    }

    [Fact]
    public void Reports_a_line_that_is_not_an_object()
    {
        string path = folder.Write("items.jsonl", GoldLines.Jsonl(GoldLines.Valid("q1"), "[1, 2]"));

        var error = Assert.Single(Assert.Throws<InputException>(() => TestSetLoader.Load(path)).Errors);

        AssertError(error, path, 2, "json", "JSON オブジェクト");
    }

    [Fact]
    public void Reports_an_unknown_field_with_the_closest_known_name()
    {
        string path = folder.Write("items.jsonl", GoldLines.Jsonl(GoldLines.Valid(change: item => item["must_includes"] = new JsonArray("x"))));

        var error = Assert.Single(Assert.Throws<InputException>(() => TestSetLoader.Load(path)).Errors);

        AssertError(error, path, 1, "must_includes", "「must_include」のことですか");
    }

    [Fact]
    public void Lists_the_known_fields_when_no_name_is_close()
    {
        string path = folder.Write("items.jsonl", GoldLines.Jsonl(GoldLines.Valid(change: item => item["zzz_unrelated_thing"] = 1)));

        var error = Assert.Single(Assert.Throws<InputException>(() => TestSetLoader.Load(path)).Errors);

        AssertError(error, path, 1, "zzz_unrelated_thing", "使える項目: id, category");
    }

    [Fact]
    public void Reports_a_field_written_twice()
    {
        string line = GoldLines.Valid().TrimEnd('}') + ",\"id\":\"q9\"}";
        string path = folder.Write("items.jsonl", GoldLines.Jsonl(line));

        var error = Assert.Single(Assert.Throws<InputException>(() => TestSetLoader.Load(path)).Errors);

        AssertError(error, path, 1, "id", "2 回");
    }

    [Theory]
    [InlineData("question", "123", "文字列")]
    [InlineData("human_minutes", "\"5\"", "数値")]
    [InlineData("review_minutes", "true", "数値")]
    [InlineData("tags", "\"faq\"", "文字列の配列")]
    [InlineData("must_not_include", "[\"a\", 1]", "文字列の配列")]
    [InlineData("must_include", "\"300円\"", "グループの配列")]
    [InlineData("must_include", "[[\"a\", 2]]", "グループの配列")]
    public void Reports_a_value_of_the_wrong_type_naming_the_field(string field, string json, string expected)
    {
        string path = folder.Write("items.jsonl", GoldLines.Jsonl(GoldLines.Valid(change: item => item[field] = JsonNode.Parse(json))));

        var error = Assert.Single(Assert.Throws<InputException>(() => TestSetLoader.Load(path)).Errors);

        AssertError(error, path, 1, field, expected);
    }

    [Fact]
    public void Accepts_a_bare_string_as_a_group_of_one_alternative()
    {
        string path = folder.Write("items.jsonl", GoldLines.Jsonl(GoldLines.Valid(change: item => item["must_include"] = new JsonArray("300円", new JsonArray("窓口", "まどぐち")))));

        GoldItem item = Assert.Single(TestSetLoader.Load(path).Items);

        Assert.Equal(["300円"], item.MustInclude[0]);
        Assert.Equal(["窓口", "まどぐち"], item.MustInclude[1]);
    }

    [Fact]
    public void Treats_null_as_an_absent_field()
    {
        string path = folder.Write("items.jsonl", GoldLines.Jsonl(GoldLines.Valid(change: item => item["context"] = null)));

        Assert.Null(Assert.Single(TestSetLoader.Load(path).Items).Context);
    }

    [Fact]
    public void Reports_bytes_that_are_not_utf8_on_their_line()
    {
        byte[] first = Encoding.UTF8.GetBytes("""{"id":"q1","category":"住民問合せ対応","use":"対話生成","question":"住民票の写しの手数料は？","human_minutes":5,"review_minutes":1}""" + "\n");
        byte[] second = [0x7B, 0x22, 0xE3, 0x81, 0x22, 0x7D, 0x0A];
        string path = folder.WriteBytes("items.jsonl", [.. first, .. second]);

        var error = Assert.Single(Assert.Throws<InputException>(() => TestSetLoader.Load(path)).Errors);

        AssertError(error, path, 2, "文字コード", "UTF-8 として読めないバイトがあります（0xE3 0x81）");
    }

    [Fact]
    public void Reports_every_bad_line_at_once()
    {
        string path = folder.Write("items.jsonl", GoldLines.Jsonl(
            GoldLines.Valid("q1", item => item["expect"] = "answered"),
            GoldLines.Valid("q2"),
            GoldLines.Valid("q3", item => item["human_minutes"] = -1),
            "not json",
            GoldLines.Valid("q5")));

        var exception = Assert.Throws<InputException>(() => TestSetLoader.Load(path));

        Assert.Equal([1, 3, 4], exception.Errors.Select(error => error.Line));
        Assert.Equal(["expect", "human_minutes", "json"], exception.Errors.Select(error => error.Field));
        Assert.Contains($"{path}:3: human_minutes: ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_file_of_many_blocks_in_line_order_with_every_error_on_its_own_line()
    {
        // About 4 MB: many blocks of lines read apart, one line longer than a block, and blank, CRLF and bad lines among them.
        string padding = new('字', 100);
        string longQuestion = string.Concat(Enumerable.Repeat("住民票の写しはどこで取れますか。", 12_000));
        var lines = new List<string>();
        for (int i = 1; i <= 8_000; i++)
        {
            lines.Add(i switch
            {
                1_000 => "not json",
                2_500 => string.Empty,
                4_000 => GoldLines.Valid($"q{i}", item => item["question"] = longQuestion) + "\r",
                6_001 => GoldLines.Valid($"q{i}", item => item["expect"] = "maybe"),
                7_999 => GoldLines.Valid("q2"),
                _ => GoldLines.Valid($"q{i}", item => item["context"] = padding),
            });
        }

        string path = folder.Write("items.jsonl", string.Join("\n", lines));

        var exception = Assert.Throws<InputException>(() => TestSetLoader.Load(path));

        Assert.Equal([1_000, 6_001, 7_999], exception.Errors.Select(error => error.Line));
        Assert.Equal(["json", "expect", "id"], exception.Errors.Select(error => error.Field));
        Assert.Contains("最初は 2 行目", exception.Errors[2].Message, StringComparison.Ordinal);
        lines[999] = GoldLines.Valid("q1000");
        lines[6_000] = GoldLines.Valid("q6001");
        lines[7_998] = GoldLines.Valid("q7999");
        TestSet set = TestSetLoader.Load(folder.Write("valid.jsonl", string.Join("\n", lines)));
        Assert.Equal(Enumerable.Range(1, 8_000).Where(i => i != 2_500).Select(i => $"q{i}"), set.Items.Select(item => item.Id));
        Assert.Equal(longQuestion, set.Items.Single(item => item.Id == "q4000").Question);
        Assert.Equal(8_000, set.ItemLines["q8000"]);
    }

    internal static void AssertError(InputError error, string file, int line, string field, string messagePart)
    {
        Assert.Equal(file, error.File);
        Assert.Equal(line, error.Line);
        Assert.Equal(field, error.Field);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }
}
