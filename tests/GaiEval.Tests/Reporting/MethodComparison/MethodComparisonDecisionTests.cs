namespace GaiEval.Tests.Reporting.MethodComparison;

using System.Text.RegularExpressions;
using GaiEval.Core.Analysis.Deployment;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Decision;
using GaiEval.Reporting.Text;
using GaiEval.Tests.Support;

public sealed class MethodComparisonDecisionTests : IDisposable
{
    // The name escaped as untrusted text: no tag, no link, no broken row.
    private const string Web = @"Web\<script\>alert\(1\)\</script\>\|社";

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
        int[] positions = [.. new[] { "### 共通の項目での差", "### データの区分ごとの推奨", "### 推奨の決め方", "### 費用の感度" }.Select(h => section.IndexOf(h, StringComparison.Ordinal))];
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
        Assert.Contains("| コスト | 月額（一時費用の月割りを含む） | 36,000 円 | 50,000 円（一時費用は未記入のため含まない） | 270,000 円 以上（一時費用に未記入あり） |", section, StringComparison.Ordinal);

        // 36,000 / (1,000 × 5/6) = 43.2; 270,000 / (1,000 × 7/8) = 308.6, a lower bound as the data preparation cost is unstated.
        Assert.Matches(@"\| コスト \| 正答1件あたり \| 43\.2 円（95%区間 [\d.]+〜[\d.]+） \| 60\.0 円（95%区間 [\d.]+〜[\d.]+） \| 308\.6 円（95%区間 [\d.]+〜[\d.]+） 以上（一時費用に未記入あり） \|", section);
        Assert.Contains("| コスト | 3年TCO | 1,296,000 円 | 未記入（一時費用が未記入） | 11,400,000 円 以上（未記入あり） |", section, StringComparison.Ordinal);
        Assert.Contains($"| セキュリティ | 送信可能区分の理由 | {MethodRun.Reason} | －（理由の必要なし） | －（理由の必要なし） |", section, StringComparison.Ordinal);
        Assert.Contains("| カバー率 | 受け取れる項目（テストセット） | 6/8（75.0%） | 6/8（75.0%） | 8/8（100.0%） |", section, StringComparison.Ordinal);
        // Wilson 5/6: [43.6%, 97.0%]; 7/8: [52.9%, 97.8%].
        Assert.Contains("| 品質 | 正答率（受け取れる項目） | 83.3%（95%区間 43.6%〜97.0%、n=6） | 83.3%（95%区間 43.6%〜97.0%、n=6） | 87.5%（95%区間 52.9%〜97.8%、n=8） |", section, StringComparison.Ordinal);
        Assert.Contains("| 品質 | 正答率（共通の項目） | 83.3%（95%区間 43.6%〜97.0%、n=6） | 83.3%（95%区間 43.6%〜97.0%、n=6） | 83.3%（95%区間 43.6%〜97.0%、n=6） |", section, StringComparison.Ordinal);
        Assert.DoesNotContain("| 保存日数 |", section, StringComparison.Ordinal);
        RenderedMarkdown.AssertNoInjectedMarkup(RenderedMarkdown.ToHtml(section));
    }

    [Fact]
    public async Task The_recommendation_gives_its_reason_and_the_rule_is_written_out()
    {
        RunReport report = await MethodRun.BuildAsync(folder);
        string section = Section(new DecisionDocumentWriter().Render(report));

        Assert.Contains(
            "| 機密・全用途 | 2 | 650 件/月（機密の件数） | 庁内サーバー | 庁内サーバー を推奨: 受け取れる候補 1 件のうち、この区分で採点できた候補はこれだけです（正答率 100.0%［34.2%〜100.0%］、n=2、月額 270,000 円 以上（一時費用に未記入あり））。 |",
            section,
            StringComparison.Ordinal);
        Assert.Contains("| 公開・全用途 | 4 | 4,000 件/月（公開の件数） | 要判断 | 品質で劣るとは言えない候補（", section, StringComparison.Ordinal);
        Assert.All(report.Deployment!.RecommendationRule, step => Assert.Contains($"- {MarkdownText.Escape(step)}", section, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_cost_sensitivity_table_marks_what_depends_on_the_assumptions()
    {
        string section = Section(new DecisionDocumentWriter().Render(await MethodRun.BuildAsync(folder)));

        Assert.Contains("| 区分 | 計画どおり | 件数 ½ | 件数 2倍 | 為替 −20% | 為替 +20% | 判定 |", section, StringComparison.Ordinal);
        Assert.Contains("| 庁内限り・全用途 | 要判断 | 要判断 | 要判断 | 要判断 | 要判断 | 変わらない |", section, StringComparison.Ordinal);
        Assert.Contains("| 機密・全用途 | 庁内サーバー | 庁内サーバー | 庁内サーバー | 庁内サーバー | 庁内サーバー | 変わらない |", section, StringComparison.Ordinal);
        Assert.Contains(
            $"| {Web} | 区の共通基盤 | 分岐 1,389 件/月、{Web} が安い | 分岐 1,389 件/月、{Web} が安い | 分岐 1,389 件/月、区の共通基盤 が安い | 分岐 1,389 件/月、{Web} が安い | 分岐 1,389 件/月、{Web} が安い | 前提しだいで変わる |",
            section,
            StringComparison.Ordinal);
        Assert.Contains("| 区の共通基盤 | 庁内サーバー | 交わらない、区の共通基盤 が安い |", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_table_row_keeps_its_column_count_despite_the_pipe_in_the_name()
    {
        string section = Section(new DecisionDocumentWriter().Render(await MethodRun.BuildAsync(folder)));

        List<string> tables = [.. section.Split("\n\n").Where(t => t.StartsWith('|'))];
        Assert.NotEmpty(tables);
        foreach (string table in tables)
        {
            List<int> cells = [.. table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(row => Regex.Matches(row, @"(?<!\\)\|").Count)];
            Assert.All(cells, c => Assert.Equal(cells[0], c));
        }
    }

    [Fact]
    public async Task The_latency_shows_its_interval_and_n()
    {
        string section = Section(new DecisionDocumentWriter().Render(await MethodRun.BuildAsync(folder)));

        // p95 of five 1.2 s and one 2.4 s answers: 1.2 + 0.75 × 1.2 = 2.10 s; of seven and one: 1.2 + 0.65 × 1.2 = 1.98 s.
        Assert.Contains("| 品質 | 応答時間 p95 | 2.10 秒（95%区間 1.20〜2.40、n=6） | 2.10 秒（95%区間 1.20〜2.40、n=6） | 1.98 秒（95%区間 1.20〜2.40、n=8） |", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_paired_differences_on_the_common_items_and_the_accuracy_per_use_are_listed()
    {
        string section = Section(new DecisionDocumentWriter().Render(await MethodRun.BuildAsync(folder)));

        // On p1–p4, i1, i2 the web service misses i2 and the platform p4: b = c = 1, exact McNemar p = 1.
        Assert.Contains("| 候補A | 候補B | 対の数 | Aの正答率 | Bの正答率 | 差 A−B（95%区間） | McNemar p | Holm補正後 p |", section, StringComparison.Ordinal);
        Assert.Matches(
            $@"\| {Regex.Escape(Web)} \| 区の共通基盤 \| 6 \| 83\.3%（95%区間 43\.6%〜97\.0%、n=6） \| 83\.3%（95%区間 43\.6%〜97\.0%、n=6） \| 0\.0 pt（95%区間 -[\d.]+〜\+[\d.]+） \| 1\.000 \| 1\.000 \|",
            section);
        Assert.Contains("（正確McNemar検定、Holm法で候補の対の間の多重比較を補正、有意水準 0.05、差の区間は Newcombe 法）", section, StringComparison.Ordinal);

        // Wilson 1/2: [9.5%, 90.5%], 2/2: [34.2%, 100%], 4/4: [51.0%, 100%]; the intervals overlap, so nothing is marked.
        Assert.Contains("| 用途別の正答率 | 文書作成 | 50.0%（95%区間 9.5%〜90.5%、n=2） | 100.0%（95%区間 34.2%〜100.0%、n=2） | 100.0%（95%区間 51.0%〜100.0%、n=4） |", section, StringComparison.Ordinal);
        Assert.DoesNotContain("最高:", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_common_calls_there_is_no_pair_table_and_the_common_accuracy_says_why()
    {
        RunReport report = await MethodRun.BuildAsync(folder);
        DeploymentComparison comparison = report.Deployment!;
        report = report with
        {
            Deployment = comparison with { CommonCalls = 0, CommonComparisons = [.. comparison.CommonComparisons.Select(c => c with { N = 0 })] },
        };

        string section = Section(new DecisionDocumentWriter().Render(report));

        Assert.Contains("### 共通の項目での差\n\nすべての候補が回答し採点された項目が1件もないため、共通の項目での差は計算できません", section, StringComparison.Ordinal);
        Assert.DoesNotContain("| 候補A | 候補B | 対の数 |", section, StringComparison.Ordinal);
        const string None = "－（全候補が回答し採点された項目がない、n=0）";
        Assert.Contains($"| 品質 | 正答率（共通の項目） | {None} | {None} | {None} |", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_in_a_provider_name_or_a_clearance_reason_stays_text()
    {
        RunReport report = await MethodRun.BuildAsync(folder);
        DeploymentComparison comparison = report.Deployment!;
        CandidateColumn web = comparison.Candidates[0];
        report = report with
        {
            Deployment = comparison with
            {
                Candidates =
                [
                    web with { Name = "[x](javascript:alert(1))", Profile = web.Profile! with { ClearanceReason = "[y](javascript:alert(2))" } },
                    .. comparison.Candidates.Skip(1),
                ],
            },
        };

        string section = Section(new DecisionDocumentWriter().Render(report));

        Assert.Contains(@"| 区分 | 項目 | \[x\]\(javascript\:alert\(1\)\)（Webサービス） |", section, StringComparison.Ordinal);
        Assert.Contains(@"| セキュリティ | 送信可能区分の理由 | \[y\]\(javascript\:alert\(2\)\) |", section, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)\]\(javascript", section);
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
