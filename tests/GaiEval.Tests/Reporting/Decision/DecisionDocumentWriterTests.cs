namespace GaiEval.Tests.Reporting.Decision;

using System.Text.RegularExpressions;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Decision;
using GaiEval.Tests.Reporting;
using GaiEval.Tests.Support;

public sealed class DecisionDocumentWriterTests : IDisposable
{
    private const string HostileAnswer = "<script>x</script>|<img onerror=y>[a](javascript:z)";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Writes_the_fourteen_sections_in_the_order_of_a_ward_result_report()
    {
        RunReport report = await PlannedRun.BuildAsync(folder, "お答えできません。");

        await new DecisionDocumentWriter().WriteAsync(report, folder.Path);

        string markdown = await File.ReadAllTextAsync(folder.File("decision.md"));
        List<string> headings = [.. Regex.Matches(markdown, @"^## (\d+)\. (.+)$", RegexOptions.Multiline).Select(m => $"{m.Groups[1].Value}. {m.Groups[2].Value}")];
        Assert.Equal(DecisionDocumentWriter.Sections.Select((s, i) => $"{i + 1}. {s}"), headings);
        Assert.Equal(
            ["目的と範囲", "事前に定めた成功基準", "リスク区分", "利用状況", "効果（時間・人件費）", "出力品質", "安全性", "利用者の声", "コスト", "導入方式の比較と推奨", "良かった点と課題", "判断と条件", "ガバナンス", "評価方法の限界"],
            DecisionDocumentWriter.Sections);
    }

    [Fact]
    public async Task A_run_with_criteria_and_economics_marks_only_what_no_data_can_fill()
    {
        RunReport report = await PlannedRun.BuildAsync(folder, "お答えできません。");

        string markdown = new DecisionDocumentWriter().Render(report);

        Assert.Equal(["目的と範囲", "利用状況", "利用者の声", "良かった点と課題", "ガバナンス"], SectionsToFill(markdown));
        Dictionary<string, string> sections = Sections(markdown);
        Assert.Contains("正答率 ≥ 0.5 | 必須 | 半分は正しく答えること", sections["事前に定めた成功基準"], StringComparison.Ordinal);
        Assert.Contains("基準の変更: なし", sections["事前に定めた成功基準"], StringComparison.Ordinal);
        Assert.Contains($"`{report.Results.Run.CriteriaHash[..12]}…`", sections["事前に定めた成功基準"], StringComparison.Ordinal);
        Assert.Contains("| 公開 | 12 | cloud, base | なし |", sections["リスク区分"], StringComparison.Ordinal);
        Assert.Contains("| 機密 | 0 | base | cloud |", sections["リスク区分"], StringComparison.Ordinal);
        Assert.Contains("算定方法: ゴールドセットによる推計（月間件数のすべてをAIに回した場合）", sections["効果（時間・人件費）"], StringComparison.Ordinal);
        Assert.Matches(@"\| cloud \| [\d,.]+ 時間（95%区間 -?[\d,.]+〜-?[\d,.]+） \|", sections["効果（時間・人件費）"]);
        Assert.Contains("| cloud | 91.7%（95%区間 ", sections["出力品質"], StringComparison.Ordinal);
        Assert.Contains("| base | 50.0%（95%区間 ", sections["出力品質"], StringComparison.Ordinal);
        Assert.Contains("円（95%区間", sections["効果（時間・人件費）"], StringComparison.Ordinal);
        Assert.Matches(@"\| cloud \| [\d,]+ 円 \|", sections["コスト"]);
        Assert.Contains("**候補の方式についての判定: GO**", sections["判断と条件"], StringComparison.Ordinal);
        Assert.Contains("| cloud | GO |", sections["判断と条件"], StringComparison.Ordinal);
        Assert.Contains("### 参考: 候補外の方式（比較用。判定の対象外）", sections["判断と条件"], StringComparison.Ordinal);
        Assert.Matches(@"\| base \| (必須の基準をすべて満たす|満たさない必須の基準がある|未確定の基準がある) \|", sections["判断と条件"]);
        Assert.DoesNotContain("| base | 要追加検証", sections["判断と条件"], StringComparison.Ordinal);
        Assert.Contains("機密区分「庁内限り」を超える情報は入力しないでください。", sections["判断と条件"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_without_criteria_or_economics_asks_for_them_where_they_belong()
    {
        StoredRun stored = await StoredRun.CreateAsync(folder, [StoredRun.Item("a1"), StoredRun.Item("a2")], StoredRun.Provider("cloud"));
        RunReport report;
        await using (stored)
        {
            stored.Answer("a1", "cloud", "300円です", correct: true, latencyMs: 10).Answer("a2", "cloud", "無料です", correct: false, latencyMs: 10);
            report = RunReport.Build(await stored.SaveAsync());
        }

        string markdown = new DecisionDocumentWriter().Render(report);

        Assert.Equal(
            ["目的と範囲", "事前に定めた成功基準", "利用状況", "効果（時間・人件費）", "利用者の声", "コスト", "良かった点と課題", "判断と条件", "ガバナンス"],
            SectionsToFill(markdown));
    }

    [Fact]
    public async Task Escapes_a_hostile_answer_so_that_it_neither_breaks_the_table_nor_becomes_html_or_a_link()
    {
        RunReport report = await PlannedRun.BuildAsync(folder, HostileAnswer);

        string safety = Sections(new DecisionDocumentWriter().Render(report))["安全性"];

        string rendered = RenderedMarkdown.ToHtml(safety);
        RenderedMarkdown.AssertNoInjectedMarkup(rendered);
        Assert.DoesNotContain("&lt;", safety, StringComparison.Ordinal);
        Assert.Contains(@"\<script\>x\</script\>", safety, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;x&lt;/script&gt;|&lt;img onerror=y&gt;[a](javascript:z)", rendered, StringComparison.Ordinal);
        string row = safety.Split('\n').Single(l => l.StartsWith("| cloud | refuse |", StringComparison.Ordinal));
        Assert.Equal(6, Regex.Matches(row, @"(?<!\\)\|").Count);
        Assert.Contains("断るべき依頼に回答", row, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MarkdownTextTests.HostileTexts), MemberType = typeof(MarkdownTextTests))]
    public async Task Reads_as_plain_text_and_no_hostile_answer_becomes_a_link_an_image_or_html_when_rendered(string answer)
    {
        RunReport report = await PlannedRun.BuildAsync(folder, answer);

        string markdown = new DecisionDocumentWriter().Render(report);

        Assert.Equal(answer.Contains('&', StringComparison.Ordinal), markdown.Contains("&lt;", StringComparison.Ordinal));
        Assert.DoesNotContain("&amp;", markdown, StringComparison.Ordinal);
        string rendered = RenderedMarkdown.ToHtml(markdown);
        RenderedMarkdown.AssertNoInjectedMarkup(rendered);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(answer.Split('\n')[0]), rendered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_the_charts_it_is_given_and_none_otherwise()
    {
        RunReport report = await PlannedRun.BuildAsync(folder, "お答えできません。");

        string with = new DecisionDocumentWriter(new DecisionCharts { Accuracy = "accuracy.png", Cost = "tco.png" }).Render(report);
        string without = new DecisionDocumentWriter().Render(report);

        Assert.Contains("![正答率](accuracy.png)", Sections(with)["出力品質"], StringComparison.Ordinal);
        Assert.Contains("![月額費用と損益分岐](tco.png)", Sections(with)["コスト"], StringComparison.Ordinal);
        Assert.DoesNotContain("![", without, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Sections(string markdown) =>
        Regex.Split(markdown, @"^## \d+\. ", RegexOptions.Multiline).Skip(1)
            .ToDictionary(s => s[..s.IndexOf('\n', StringComparison.Ordinal)], s => s);

    private static List<string> SectionsToFill(string markdown) =>
        [.. Sections(markdown).Where(s => s.Value.Contains(DecisionDocumentWriter.ToFillMark, StringComparison.Ordinal)).Select(s => s.Key)];
}
