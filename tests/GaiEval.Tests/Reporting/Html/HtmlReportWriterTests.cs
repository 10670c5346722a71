namespace GaiEval.Tests.Reporting.Html;

using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using GaiEval.Core.Decision;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Reporting.Html;
using GaiEval.Tests.Support;

public sealed class HtmlReportWriterTests : IDisposable
{
    private static readonly string[] HostileTexts =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">",
        "</td></tr></table>",
    ];

    private static readonly string[] Headings =
    [
        "1. 結論", "2. 成果指標（KPI）", "3. 導入方式の比較と推奨", "4. 正答率", "5. 提供先どうしの比較", "6. 応答時間とエラー",
        "7. トークンと費用", "8. 削減業務時間", "9. リスク", "10. 自動採点の信頼性", "11. 実行情報", "12. 項目別の詳細",
    ];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Hostile_model_item_and_plan_text_appears_only_escaped()
    {
        string html = new HtmlReportWriter().Render(await HostileReportAsync());

        foreach (string hostile in HostileTexts)
        {
            Assert.DoesNotContain(hostile, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;a href=&quot;javascript:alert(1)&quot;&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("<[^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("(href|src)\\s*=\\s*\"?\\s*javascript:", RegexOptions.IgnoreCase), html);
        Assert.Equal(1, Regex.Count(html, "<script", RegexOptions.IgnoreCase));
    }

    [Fact]
    public async Task The_page_has_a_restrictive_policy_whose_hash_matches_its_only_script()
    {
        string html = new HtmlReportWriter().Render(await HostileReportAsync());

        Match policy = Regex.Match(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">");
        Assert.True(policy.Success, "CSP meta missing");
        Assert.StartsWith("default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-", policy.Groups[1].Value, StringComparison.Ordinal);
        Assert.True(policy.Index < html.IndexOf("<style>", StringComparison.Ordinal), "the policy must come before any content");
        Match script = Regex.Match(html, "<script>(.*?)</script>", RegexOptions.Singleline);
        string hash = "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script.Groups[1].Value)));
        Assert.EndsWith($"script-src '{hash}'", policy.Groups[1].Value, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_summary_sections_come_first_and_the_item_cards_last_numbered_alike_in_the_contents_and_on_the_page()
    {
        string html = new HtmlReportWriter().Render(await HostileReportAsync());

        Assert.Equal(Headings, Regex.Matches(html, "<h2>([^<]*)</h2>").Select(m => m.Groups[1].Value));
        Assert.Equal(Headings, Regex.Matches(html, "<li><a href=\"#s[0-9]+\">([^<]*)</a></li>").Select(m => m.Groups[1].Value));
        int lastCard = html.LastIndexOf("<article class=\"item\"", StringComparison.Ordinal);
        Assert.True(html.IndexOf("<h2>12. 項目別の詳細</h2>", StringComparison.Ordinal) < html.IndexOf("<article class=\"item\"", StringComparison.Ordinal));
        Assert.True(html.LastIndexOf("<h2>", StringComparison.Ordinal) < lastCard, "no section may follow the item cards");
    }

    [Fact]
    public async Task The_verdict_of_each_provider_and_the_changed_criteria_warning_are_in_the_conclusion()
    {
        string html = new HtmlReportWriter().Render(await HostileReportAsync());

        string conclusion = Section(html, 1);
        Assert.Contains("<span class=\"badge go\">GO</span> good の表示名", conclusion, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge nogo\">NO-GO</span> &lt;script&gt;", conclusion, StringComparison.Ordinal);
        Assert.Contains("正答率 ≥ 0.5", conclusion, StringComparison.Ordinal);
        Assert.Contains("判定基準が実行開始時に固定されたものと異なります", conclusion, StringComparison.Ordinal);
        Assert.Contains("変更あり", Section(html, 12), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_kpis_say_which_are_not_measured_by_the_gold_set()
    {
        string kpis = Section(new HtmlReportWriter().Render(await HostileReportAsync()), 2);

        Assert.Contains("利用者満足度</th><td colspan=\"2\" class=\"na\">ゴールドセットでは測定しません</td><td>", kpis, StringComparison.Ordinal);
        Assert.Contains("アンケート", kpis, StringComparison.Ordinal);
        Assert.Contains("利用ログ", kpis, StringComparison.Ordinal);
        Assert.Contains("100.0% [51.0%, 100.0%]（n=4）", kpis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_kpis_from_real_use_the_kpi_rows_stay_as_they_were_and_there_is_no_kpi_detail_section()
    {
        string html = new HtmlReportWriter().Render(await HostileReportAsync());
        string kpis = Section(html, 2);

        Assert.Equal(
            ["成果指標", "利用者満足度", "利用者数／利用者割合", "入出力トークン数", "削減業務時間数／人件費", "生成コンテンツの正答率"],
            Regex.Matches(kpis, "<tr><th>([^<]*)</th>").Select(m => m.Groups[1].Value));
        Assert.Contains("<tr><th>利用者数／利用者割合</th><td colspan=\"2\" class=\"na\">ゴールドセットでは測定しません</td><td>利用ログ（アカウント数、月間の利用者数&#247;対象職員数）で測ります。</td></tr>", kpis, StringComparison.Ordinal);
        Assert.DoesNotContain("実利用", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"s11\"", html, StringComparison.Ordinal);
        Assert.Equal(12, Regex.Count(html, "<li><a href=\"#s"));
    }

    [Fact]
    public async Task The_drill_down_has_an_article_per_item_with_every_providers_answer_and_the_failed_providers()
    {
        string drilldown = Section(new HtmlReportWriter().Render(await HostileReportAsync()), 13);

        MatchCollection items = Regex.Matches(drilldown, "<article class=\"item\" id=\"item-(\\d+)\" data-cat=\"(\\d+)\" data-use=\"(\\d+)\" data-failed=\"([\\d ]*)\">");
        Assert.Equal(["1", "2", "3", "4"], items.Select(m => m.Groups[1].Value));
        Assert.Equal(["1", "1", "1", "1"], items.Select(m => m.Groups[4].Value));
        foreach (string hostile in HostileTexts)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(hostile), drilldown, StringComparison.Ordinal);
        }

        Assert.Equal(4, Regex.Count(drilldown, "正答の回答です"));
        Assert.Equal(4, Regex.Count(drilldown, "<span class=\"ok\">正答</span>"));
        Assert.Equal(4, Regex.Count(drilldown, "<span class=\"ng\">誤答</span>"));
        Assert.Contains("未充足: [300円]", drilldown, StringComparison.Ordinal);
        Assert.Contains("<option value=\"0\">住民票・戸籍</option>", drilldown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Charts_given_as_title_and_svg_are_inlined_in_a_figure_with_the_title_escaped()
    {
        const string svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text x=\"1\" y=\"9\">正答率</text></svg>";
        var writer = new HtmlReportWriter([("正答率 <b>図</b>", svg)]);

        string html = writer.Render(await HostileReportAsync());

        Assert.Contains("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text x=\"1\" y=\"9\">正答率</text></svg><figcaption>正答率 &lt;b&gt;図&lt;/b&gt;</figcaption></figure>", Section(html, 4), StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    [InlineData("<svg><rect onclick=\"alert(1)\"/></svg>")]
    [InlineData("<svg><foreignObject><div/></foreignObject></svg>")]
    [InlineData("<div>not a chart</div>")]
    public async Task A_chart_that_could_run_code_is_refused(string svg)
    {
        RunReport report = await HostileReportAsync();
        var writer = new HtmlReportWriter(_ => [new HtmlChart("図", svg, HtmlSection.Cost)]);

        Assert.Throws<ArgumentException>(() => writer.Render(report));
    }

    [Theory]
    [InlineData("<svg><text font-family=\"Noto Sans CJK JP\" data-x=\"a onclick=b\">on=正答率 one</text></svg>")]
    [InlineData("<svg><g transform=\"translate(1 2)\"><path d=\"M0 0L1 1\"/></g></svg>")]
    public async Task A_chart_with_on_only_inside_values_or_text_is_accepted(string svg)
    {
        RunReport report = await HostileReportAsync();
        var writer = new HtmlReportWriter(_ => [new HtmlChart("図", svg, HtmlSection.Cost)]);

        Assert.Contains($"<figure>{svg}<figcaption>図</figcaption></figure>", Section(writer.Render(report), 7), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_criteria_or_economics_the_report_says_what_is_missing_instead_of_a_verdict()
    {
        StoredRun stored = await StoredRun.CreateAsync(folder, [StoredRun.Item("q1")], StoredRun.Provider("only"));
        RunReport report;
        await using (stored)
        {
            stored.Answer("q1", "only", "1通300円です", correct: true, latencyMs: 5);
            report = RunReport.Build(await stored.SaveAsync());
        }

        string html = new HtmlReportWriter().Render(report);

        Assert.Contains("計画に成功基準（criteria）がないため、GO / NO-GO の判定はしていません。", Section(html, 1), StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"badge", html, StringComparison.Ordinal);
        Assert.Contains("提供先が1つのため、比較はありません。", Section(html, 5), StringComparison.Ordinal);
        Assert.Contains("削減時間は推定していません", Section(html, 8), StringComparison.Ordinal);
        Assert.Single(Regex.Matches(Section(html, 13), "<article class=\"item\""));
    }

    [Fact]
    public async Task The_time_saved_shows_its_interval_its_method_and_its_assumption_beside_the_figure()
    {
        RunReport report = await GaiEval.Tests.Reporting.Decision.PlannedRun.BuildAsync(folder, "お答えできません。ただし窓口で取得できます。");

        string section = Section(new HtmlReportWriter().Render(report), 8);

        Assert.Matches(@"合計: 月 [\d,.]+ 時間 \[-?[\d,.]+ 時間, -?[\d,.]+ 時間\]", section);
        Assert.Contains("— ゴールドセットによる推計（月間件数のすべてをAIに回した場合）", section, StringComparison.Ordinal);
        Assert.Contains("平均分数ではありません", section, StringComparison.Ordinal);
        Assert.Contains("判定待ち", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_file_is_written_as_report_html_in_utf8()
    {
        var writer = new HtmlReportWriter();

        await writer.WriteAsync(await HostileReportAsync(), folder.File("out"));

        string text = await File.ReadAllTextAsync(folder.File("out", "report.html"), Encoding.UTF8);
        Assert.Equal("report.html", writer.FileName);
        Assert.StartsWith("<!DOCTYPE html>", text, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ja\">", text, StringComparison.Ordinal);
    }

    private static string Section(string html, int number)
    {
        int start = html.IndexOf($"<section id=\"s{number}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"section {number} missing");
        int end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    private async Task<RunReport> HostileReportAsync()
    {
        var good = StoredRun.Provider("good") with { Endpoint = "https://api.example.jp/v1?key=secret", ApiKeyEnv = "GOOD_KEY", Candidate = true };
        var bad = StoredRun.Provider("bad") with { Name = HostileTexts[0], Candidate = true };
        StoredRun stored = await StoredRun.CreateAsync(
            folder,
            [.. Enumerable.Range(0, 4).Select(i => StoredRun.Item($"q{i}") with { Question = HostileTexts[i], Reference = HostileTexts[3 - i] })],
            good,
            bad);
        await using (stored)
        {
            for (int i = 0; i < 4; i++)
            {
                stored.Answer($"q{i}", "good", "正答の回答です 300円", correct: true, latencyMs: 10 + i)
                    .Answer($"q{i}", "bad", HostileTexts[i], correct: false, latencyMs: 20 + i);
            }

            var results = await stored.SaveAsync();
            RunReport report = RunReport.Build(results);
            var criterion = new Criterion { Metric = DecisionMetrics.Accuracy, Op = ">=", Value = 0.5, Why = HostileTexts[2] };
            return report with { Decision = new GateJudge(new RunCriterionMetrics(results), SettlingSampleSize.Wilson).Decide(results, [criterion]) };
        }
    }
}
