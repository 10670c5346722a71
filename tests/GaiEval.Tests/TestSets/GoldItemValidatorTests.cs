namespace GaiEval.Tests.TestSets;

using System.Text.Json.Nodes;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.TestSets;
using GaiEval.Tests.Support;
using static GaiEval.Tests.TestSets.TestSetLoaderJsonlTests;

public sealed class GoldItemValidatorTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("id")]
    [InlineData("category")]
    [InlineData("use")]
    [InlineData("question")]
    [InlineData("human_minutes")]
    [InlineData("review_minutes")]
    public void Rejects_an_item_without_a_required_field(string field)
    {
        InputError error = SingleError(item => item.Remove(field));

        Assert.Equal(field, error.Field);
        Assert.Contains("必須", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_probe_carries_its_risk_perspective_and_pair_and_is_kept_apart_from_the_test_set()
    {
        string path = folder.Write("items.jsonl", GoldLines.Jsonl(
            GoldLines.Valid("r1", item => { item["risk"] = "bias"; item["pair"] = "p1"; item["perspective"] = "公平性と包摂性"; }),
            GoldLines.Valid("r2", item => { item["risk"] = "bias"; item["pair"] = "p1"; }),
            GoldLines.Valid("q1")));

        IReadOnlyList<GoldItem> items = TestSetLoader.Load(path).Items;

        Assert.Equal(RiskCategory.Bias, items[0].Risk);
        Assert.Equal("公平性と包摂性", items[0].Perspective);
        Assert.Equal("p1", items[1].Pair);
        Assert.Equal([true, true, false], items.Select(i => i.IsProbe));
    }

    [Fact]
    public void Rejects_an_unknown_risk_an_unknown_perspective_a_pair_outside_bias_and_a_pair_of_one()
    {
        string path = folder.Write("items.jsonl", GoldLines.Jsonl(
            GoldLines.Valid("r1", item => item["risk"] = "privacy"),
            GoldLines.Valid("r2", item => { item["risk"] = "leakage"; item["perspective"] = "安全性"; }),
            GoldLines.Valid("r3", item => { item["risk"] = "injection"; item["pair"] = "p1"; }),
            GoldLines.Valid("r4", item => { item["risk"] = "bias"; item["pair"] = "p2"; })));

        IReadOnlyList<InputError> errors = Assert.Throws<InputException>(() => TestSetLoader.Load(path)).Errors;

        Assert.Collection(
            errors.OrderBy(e => e.Line),
            e => AssertError(e, path, 1, "risk", "hallucination / bias / rights / inappropriate / leakage / injection"),
            e => AssertError(e, path, 2, "perspective", "有害情報の出力制御"),
            e => AssertError(e, path, 3, "pair", "risk: bias"),
            e => AssertError(e, path, 4, "pair", "1 つしかありません"));
    }

    [Fact]
    public void Rejects_a_blank_question_as_missing()
    {
        InputError error = SingleError(item => item["question"] = "  ");

        Assert.Equal("question", error.Field);
        Assert.Contains("必須", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_id_with_white_space()
    {
        InputError error = SingleError(item => item["id"] = "q 1");

        AssertError(error, error.File, 2, "id", "空白");
    }

    [Fact]
    public void Reports_a_duplicate_id_on_the_later_line_naming_the_first()
    {
        string path = folder.Write("items.jsonl", GoldLines.Jsonl(GoldLines.Valid("q1"), GoldLines.Valid("q2"), GoldLines.Valid("q1")));

        var error = Assert.Single(Assert.Throws<InputException>(() => TestSetLoader.Load(path)).Errors);

        AssertError(error, path, 3, "id", "最初は 1 行目");
    }

    [Fact]
    public void Rejects_a_use_outside_the_seven_uses_and_lists_them()
    {
        InputError error = SingleError(item => item["use"] = "翻訳");

        Assert.Equal("use", error.Field);
        Assert.All(ItemUses.All, use => Assert.Contains(use, error.Message, StringComparison.Ordinal));
        Assert.Contains("「翻訳」", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("expect", "Answer", "answer / refuse")]
    [InlineData("sensitivity", "secret", "public / internal / confidential")]
    [InlineData("split", "test", "public / hidden / private")]
    public void Rejects_a_value_outside_the_allowed_ones_naming_them(string field, string value, string allowed)
    {
        InputError error = SingleError(item => item[field] = value);

        Assert.Equal(field, error.Field);
        Assert.Contains(allowed, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("human_minutes")]
    [InlineData("review_minutes")]
    public void Rejects_negative_minutes(string field)
    {
        InputError error = SingleError(item => item[field] = -0.5);

        Assert.Equal(field, error.Field);
        Assert.Contains("0 以上", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_zero_minutes()
    {
        string path = folder.Write("items.jsonl", GoldLines.Jsonl(GoldLines.Valid(change: item => item["review_minutes"] = 0)));

        Assert.Equal(0, Assert.Single(TestSetLoader.Load(path).Items).ReviewMinutes);
    }

    [Theory]
    [InlineData("[[\"300円\", \"\"]]", "空の選択肢")]
    [InlineData("[\"窓口\", \"  \"]", "2 番目のグループに空の選択肢")]
    [InlineData("[\"窓口\", []]", "2 番目のグループが空")]
    public void Rejects_empty_alternatives_in_must_include(string json, string expected)
    {
        InputError error = SingleError(item => item["must_include"] = JsonNode.Parse(json));

        Assert.Equal("must_include", error.Field);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_empty_string_in_must_not_include()
    {
        InputError error = SingleError(item => item["must_not_include"] = new JsonArray("無料", ""));

        Assert.Equal("must_not_include", error.Field);
        Assert.Contains("2 番目が空", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("住民票.txt", "「ファイル.md」または「ファイル.md#見出し」")]
    [InlineData("住民票.md#", "見出し")]
    [InlineData("/etc/住民票.md", "相対パス")]
    [InlineData("C:/docs/住民票.md", "相対パス")]
    [InlineData("\\\\server\\share\\住民票.md", "相対パス")]
    [InlineData("../secret.md", "外を指しています")]
    [InlineData("手続/../../secret.md#概要", "外を指しています")]
    public void Rejects_a_source_that_is_malformed_or_leaves_the_knowledge_folder(string source, string expected)
    {
        InputError error = SingleError(item => item["sources"] = new JsonArray(source));

        Assert.Equal("sources", error.Field);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_sources_that_exist_in_the_knowledge_folder()
    {
        folder.Write("knowledge/手続/住民票.md", "# 手数料\n300円\n");
        string path = folder.Write("items.jsonl", GoldLines.Jsonl(GoldLines.Valid(change: item =>
            item["sources"] = new JsonArray("手続/住民票.md#手数料", "手続/./other/../住民票.md"))));

        GoldItem item = Assert.Single(TestSetLoader.Load(path, folder.File("knowledge")).Items);

        Assert.Equal(2, item.Sources.Count);
    }

    [Fact]
    public void Rejects_a_source_missing_from_the_knowledge_folder()
    {
        folder.Write("knowledge/手続/住民票.md", "# 手数料\n");
        string path = folder.Write("items.jsonl", GoldLines.Jsonl(GoldLines.Valid(), GoldLines.Valid("q2", item => item["sources"] = new JsonArray("手続/印鑑.md#手数料"))));

        var error = Assert.Single(Assert.Throws<InputException>(() => TestSetLoader.Load(path, folder.File("knowledge"))).Errors);

        AssertError(error, path, 2, "sources", "「手続/印鑑.md#手数料」: 知識フォルダ");
    }

    [Fact]
    public void Does_not_check_that_sources_exist_without_a_knowledge_folder()
    {
        string path = folder.Write("items.jsonl", GoldLines.Jsonl(GoldLines.Valid(change: item => item["sources"] = new JsonArray("どこにもない.md"))));

        Assert.Single(TestSetLoader.Load(path).Items);
    }

    /// <summary>Loads a file whose first line is valid and whose second line is changed; returns the one error.</summary>
    private InputError SingleError(Action<JsonObject> change)
    {
        string path = folder.Write("items.jsonl", GoldLines.Jsonl(GoldLines.Valid("q1"), GoldLines.Valid("q2", change)));

        var exception = Assert.Throws<InputException>(() => TestSetLoader.Load(path));

        InputError error = Assert.Single(exception.Errors);
        Assert.Equal(path, error.File);
        Assert.Equal(2, error.Line);
        return error;
    }
}
