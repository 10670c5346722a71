namespace GaiEval.Tests.Reporting.MethodComparison;

using System.Text.RegularExpressions;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Decision;
using GaiEval.Reporting.Text;
using GaiEval.Tests.Support;

public sealed class MethodComparisonDecisionTests : IDisposable
{
    private const string Web = "Web&lt;script&gt;alert(1)&lt;/script&gt;\\|社";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_section_comes_after_the_cost_with_its_three_sub_headings()
    {
        string markdown = new DecisionDocumentWriter().Render(await MethodRun.BuildAsync(folder));
        string section = Section(markdown);

        Assert.Contains("## 9. コスト", markdown, StringComparison.Ordinal);
        Assert.Contains("## 10. 導入方式の比較と推奨", markdown, StringComparison.Ordinal);
        Assert.Contains("## 11. 良かった点と課題", markdown, StringComparison.Ordinal);
        int[] positions = [.. new[] { "### データの区分ごとの推奨", "### 推奨の決め方", "### 費用の感度" }.Select(h => section.IndexOf(h, StringComparison.Ordinal))];
        Assert.All(positions, p => Assert.True(p >= 0, string.Join(", ", positions)));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public async Task The_compact_table_says_unstated_where_the_plan_is_silent_and_escapes_the_provider_name()
    {
        string section = Section(new DecisionDocumentWriter().Render(await MethodRun.BuildAsync(folder)));

        Assert.Contains($"| 区分 | 項目 | {Web}（Webサービス） | 区の共通基盤（組織向けプラットフォーム） | 庁内サーバー（オンプレミス） |", section, StringComparison.Ordinal);
        Assert.Contains("| セキュリティ | 接続経路 | インターネット | 未記入 | 閉域 |", section, StringComparison.Ordinal);
        Assert.Contains("| セキュリティ | データの処理・保存場所 | 国外 | 未記入 | 国内 |", section, StringComparison.Ordinal);
        Assert.Contains("| カスタマイズ | カスタマイズの範囲 | 指示文 | 未記入 | RAG（区の資料を参照） |", section, StringComparison.Ordinal);
        Assert.Contains("| コスト | 一時費用計 | 0 円 | 未記入 | 4,200,000 円 以上（未記入あり） |", section, StringComparison.Ordinal);
        Assert.Contains("| コスト | 月額（一時費用の月割りを含む） | 36,000 円 | 50,000 円（一時費用は未記入のため含まない） | 270,000 円 |", section, StringComparison.Ordinal);
        Assert.Contains("| コスト | 3年TCO | 1,296,000 円 | 未記入（一時費用が未記入） | 11,400,000 円 以上（未記入あり） |", section, StringComparison.Ordinal);
        Assert.Contains($"| セキュリティ | 送信可能区分の理由 | {MethodRun.Reason} | －（理由の必要なし） | －（理由の必要なし） |", section, StringComparison.Ordinal);
        Assert.Contains("| カバー率 | 受け取れる項目（テストセット） | 6/8（75.0%） | 6/8（75.0%） | 8/8（100.0%） |", section, StringComparison.Ordinal);
        Assert.Matches(@"\| 品質 \| 正答率（共通の項目） \| 83\.3%（95%区間 [\d.]+%〜[\d.]+%、n=6） \|", section);
        Assert.DoesNotContain("| 保存日数 |", section, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_recommendation_gives_its_reason_and_the_rule_is_written_out()
    {
        RunReport report = await MethodRun.BuildAsync(folder);
        string section = Section(new DecisionDocumentWriter().Render(report));

        Assert.Contains(
            "| 機密・全用途 | 2 | 650 件/月（機密の件数） | 庁内サーバー | 庁内サーバー を推奨: 受け取れる候補 1 件のうち、この区分で採点できた候補はこれだけです（正答率 100.0%［34.2%〜100.0%］、n=2、月額 270,000 円）。 |",
            section,
            StringComparison.Ordinal);
        Assert.Contains("| 公開・全用途 | 4 | 4,000 件/月（公開の件数） | 区の共通基盤 | 区の共通基盤 を推奨: 品質で劣るとは言えない 3 件", section, StringComparison.Ordinal);
        Assert.All(report.Deployment!.RecommendationRule, step => Assert.Contains($"- {MarkdownText.Escape(step)}", section, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_cost_sensitivity_table_marks_what_depends_on_the_assumptions()
    {
        string section = Section(new DecisionDocumentWriter().Render(await MethodRun.BuildAsync(folder)));

        Assert.Contains("| 区分 | 計画どおり | 件数 ½ | 件数 2倍 | 為替 −20% | 為替 +20% | 判定 |", section, StringComparison.Ordinal);
        Assert.Contains($"| 庁内限り・全用途 | 区の共通基盤 | {Web} | 区の共通基盤 | 区の共通基盤 | 区の共通基盤 | 前提しだいで変わる |", section, StringComparison.Ordinal);
        Assert.Contains("| 機密・全用途 | 庁内サーバー | 庁内サーバー | 庁内サーバー | 庁内サーバー | 庁内サーバー | 変わらない |", section, StringComparison.Ordinal);
        Assert.Contains($"| {Web} | 区の共通基盤 | 分岐 1,389 件/月、{Web} が安い | 分岐 1,389 件/月、{Web} が安い | 分岐 1,389 件/月、区の共通基盤 が安い |", section, StringComparison.Ordinal);
        Assert.Contains("| 区の共通基盤 | 庁内サーバー | 交わらない、区の共通基盤 が安い |", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_table_row_keeps_its_column_count_despite_the_pipe_in_the_name()
    {
        string section = Section(new DecisionDocumentWriter().Render(await MethodRun.BuildAsync(folder)));

        foreach (string table in section.Split("\n\n").Where(t => t.StartsWith('|')))
        {
            List<int> cells = [.. table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(row => Regex.Matches(row, @"(?<!\\)\|").Count)];
            Assert.All(cells, c => Assert.Equal(cells[0], c));
        }
    }

    [Fact]
    public async Task Without_a_candidate_the_section_says_there_is_nothing_to_compare()
    {
        await using StoredRun stored = await StoredRun.CreateAsync(folder, [StoredRun.Item("a1")], StoredRun.Provider("cloud"));
        stored.Answer("a1", "cloud", "1通300円です。", correct: true, latencyMs: 100);

        string section = Section(new DecisionDocumentWriter().Render(RunReport.Build(await stored.SaveAsync())));

        Assert.Contains("計画に導入候補（candidate: true）の提供先がないため、導入方式の比較はありません。", section, StringComparison.Ordinal);
        Assert.DoesNotContain("|", section, StringComparison.Ordinal);
    }

    private static string Section(string markdown)
    {
        int start = markdown.IndexOf(". 導入方式の比較と推奨\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "section missing");
        int end = markdown.IndexOf("\n## ", start, StringComparison.Ordinal);
        return markdown[start..end];
    }
}
