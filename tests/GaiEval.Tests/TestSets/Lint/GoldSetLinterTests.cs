namespace GaiEval.Tests.TestSets.Lint;

using GaiEval.Cli.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.TestSets;
using GaiEval.Core.TestSets.Lint;
using GaiEval.Providers.Knowledge;
using GaiEval.Tests.Support;

public sealed class GoldSetLinterTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Each_fault_is_found_on_the_line_and_field_of_its_item()
    {
        LintFixture.Write(folder);

        IReadOnlyList<LintFinding> findings = Lint();

        Assert.Equal(LintFixture.Expected, findings.Select(f => (f.Line, f.ItemId, f.Field)).ToArray());
        Assert.All(findings, f => Assert.Equal(Path.GetFullPath(folder.File("items.jsonl")), f.File));
    }

    [Fact]
    public void Each_finding_says_what_is_wrong()
    {
        LintFixture.Write(folder);

        Dictionary<(int, string), string> messages = Lint()
            .GroupBy(f => (f.Line, f.Field))
            .ToDictionary(g => g.Key, g => string.Join("\n", g.Select(f => f.Message)));

        Assert.Contains("「ありません」", messages[(2, "must_include")], StringComparison.Ordinal);
        Assert.Contains("must_not_include がありません", messages[(3, "must_not_include")], StringComparison.Ordinal);
        Assert.Contains("「できません」", messages[(4, "must_include")], StringComparison.Ordinal);
        Assert.Contains("罠の項目なのに must_include が一般的な語だけです", messages[(4, "must_include")], StringComparison.Ordinal);
        Assert.Contains("（500円）がどの出典（sources）にもありません", messages[(5, "must_include")], StringComparison.Ordinal);
        Assert.Contains("見出し「受付場所」がありません", messages[(6, "sources")], StringComparison.Ordinal);
        Assert.Contains("staff.md の機密区分は internal", messages[(7, "sensitivity")], StringComparison.Ordinal);
        Assert.Contains("項目 q1（1 行目）と同じ", messages[(8, "question")], StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_naming_no_document_is_found()
    {
        LintFixture.Write(folder);
        string items = folder.Write("other.jsonl", GoldLines.Jsonl(
            GoldLines.Valid("ok", item => item["sources"] = new System.Text.Json.Nodes.JsonArray("fees.md#手数料")),
            GoldLines.Valid("gone", item =>
            {
                item["question"] = "別の質問です。";
                item["sources"] = new System.Text.Json.Nodes.JsonArray("nothing.md");
            })));

        LintFinding finding = Assert.Single(GoldSetLinter.Lint(TestSetLoader.Load(items), Knowledge()));

        Assert.Equal((2, "gone", "sources"), (finding.Line, finding.ItemId, finding.Field));
        Assert.Contains("「nothing.md」: この文書がナレッジにありません", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_in_more_than_a_quarter_of_the_references_is_generic()
    {
        string[] lines =
        [
            .. Enumerable.Range(1, 3).Select(i => GoldLines.Valid($"r{i}", item =>
            {
                item["question"] = $"質問{i}";
                item["reference"] = $"汐見野区の回答{i}です。";
                item["must_include"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonArray($"回答{i}"));
            })),
            .. Enumerable.Range(4, 5).Select(i => GoldLines.Valid($"r{i}", item =>
            {
                item["question"] = $"質問{i}";
                item["reference"] = $"回答{i}です。";
                item["must_include"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonArray($"回答{i}"));
            })),
            GoldLines.Valid("wide", item =>
            {
                item["question"] = "区の名前は。";
                item["must_include"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonArray("汐見野区"));
            }),
        ];
        string items = folder.Write("items.jsonl", GoldLines.Jsonl(lines));

        LintFinding finding = Assert.Single(GoldSetLinter.Lint(TestSetLoader.Load(items), knowledge: null));

        // 3 of 8 references hold 汐見野区: more than a quarter.
        Assert.Equal((9, "wide", "must_include"), (finding.Line, finding.ItemId, finding.Field));
        Assert.Contains("模範解答 8 件のうち 3 件", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Above_two_thousand_references_the_share_is_counted_on_an_even_sample_and_says_so()
    {
        // 4,000 references, every third one holding 汐見野区 (a third, above the quarter): the even sample sees the same share.
        GoldItem[] items =
        [
            .. Enumerable.Range(0, 4000).Select(i => new GoldItem
            {
                Id = $"r{i}",
                Category = "区役所案内",
                Use = ItemUses.Dialogue,
                Question = $"質問{i}",
                Reference = i % 3 == 0 ? $"汐見野区の回答{i}です。" : $"回答{i}です。",
            }),
        ];
        var terms = new GenericTerms(items);

        Assert.Equal(
            $"「汐見野区」は模範解答 4000 件から均等に選んだ {GenericTerms.MaximumReferencesCounted} 件のうち 667 件に現れます",
            terms.WhyGeneric("汐見野区"));
        Assert.Null(terms.WhyGeneric("回答17"));
    }

    [Fact]
    public void A_term_of_one_character_is_generic_and_a_csv_finding_points_at_its_record()
    {
        string items = folder.Write("items.csv", string.Join("\n",
            "id,category,use,question,must_include,human_minutes,review_minutes",
            "c1,税,対話生成,納期限はいつですか。,6月30日,5,1",
            "c2,税,対話生成,\"分割して\n払えますか。\",可|は,5,1",
            "c3,税,対話生成,延滞金はかかりますか。,延滞金,5,1") + "\n");

        LintFinding finding = Assert.Single(GoldSetLinter.Lint(TestSetLoader.Load(items), knowledge: null));

        Assert.Equal((3, "c2", "must_include"), (finding.Line, finding.ItemId, finding.Field));
        Assert.Contains("正規化後 1 文字", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Terms_of_a_calc_item_are_not_looked_up_in_its_sources_but_its_sources_are()
    {
        LintFixture.Write(folder);
        string items = folder.Write("calc.jsonl", GoldLines.Jsonl(
            GoldLines.Valid("two", item =>
            {
                item["question"] = "住民票の写しを2通取るといくらですか。";
                item["must_include"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonArray("600円"));
                item["sources"] = new System.Text.Json.Nodes.JsonArray("fees.md#手数料", "fees.md#なし");
                item["tags"] = new System.Text.Json.Nodes.JsonArray("calc");
            }),
            GoldLines.Valid("three", item =>
            {
                item["question"] = "住民票の写しを3通取るといくらですか。";
                item["must_include"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonArray("900円"));
                item["sources"] = new System.Text.Json.Nodes.JsonArray("fees.md#手数料");
                item["tags"] = new System.Text.Json.Nodes.JsonArray("calc");
            })));

        LintFinding finding = Assert.Single(GoldSetLinter.Lint(TestSetLoader.Load(items), Knowledge()));

        Assert.Equal((1, "two", "sources"), (finding.Line, finding.ItemId, finding.Field));
    }

    [Fact]
    public void A_heading_passage_holds_its_subsections_and_a_repeated_heading_is_numbered()
    {
        var document = new KnowledgeSourceDocument("a.md", "題", Sensitivity.Public, "## 料金\n本文A\n### 割引\n半額\n## 料金\n本文B\n## 次\n本文C", 7,
            [new(2, "料金", 7), new(3, "割引", 9), new(2, "料金", 11), new(2, "次", 13)]);

        Assert.Equal("## 料金\n本文A\n### 割引\n半額", document.Passage("料金"));
        Assert.Equal("## 料金\n本文B", document.Passage("料金~2"));
        Assert.Equal("### 割引\n半額", document.Passage("割引"));
        Assert.Equal(document.Body, document.Passage("題"));
        Assert.Null(document.Passage("料金~3"));
        Assert.Null(document.Passage("ない"));
    }

    [Fact]
    public void The_sample_set_is_clean()
    {
        string sample = Path.Combine(RepositoryPaths.Root(), "testsets", "sample-ward");
        TestSet set = TestSetLoader.Load(Path.Combine(sample, "items.jsonl"), Path.Combine(sample, "knowledge"));

        IReadOnlyList<LintFinding> findings = GoldSetLinter.Lint(set, LintKnowledge.From(KnowledgeBaseLoader.Load(Path.Combine(sample, "knowledge"))));

        Assert.Empty(findings);
        Assert.Equal(31, set.Items.Count(i => i.IsTrap));
    }

    [Fact]
    public void README_lists_every_word_of_the_stop_list()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root(), "README.md"));
        int start = readme.IndexOf("一般的な語の一覧（`GenericTermStopList`）", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no stop-list paragraph");
        string[] listed = readme[(start + "一般的な語の一覧（`GenericTermStopList`）: ".Length)..].Split('\n', 4)[..3]
            .Aggregate(string.Empty, (all, line) => all + line.Trim())
            .TrimEnd('。')
            .Split('、');

        Assert.Equal(GenericTermStopList.Words, listed);
    }

    private IReadOnlyList<LintFinding> Lint() =>
        GoldSetLinter.Lint(TestSetLoader.Load(folder.File("items.jsonl")), Knowledge());

    private GoldSetKnowledge? Knowledge() => LintKnowledge.From(KnowledgeBaseLoader.Load(folder.File("knowledge")));
}
