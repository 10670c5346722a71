namespace GaiEval.Tests.Reporting.Html;

using GaiEval.Core.Reporting;
using GaiEval.Reporting.Html;
using GaiEval.Tests.Support;

public sealed class ReliabilitySectionTests : IDisposable
{
    private const string Warning = "<p class=\"warn\">";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_judge_below_0_6_shows_its_kappa_interval_n_and_table_with_a_visible_warning()
    {
        string html = new HtmlReportWriter().Render(await ReviewedReports.LowAgreementAsync(folder));

        Assert.Contains("<h2>10. 自動採点の信頼性</h2>", html, StringComparison.Ordinal);
        string section = Section(html, 10);
        Assert.Contains(
            Warning + "<strong>注意</strong>: 判定者（模範解答との同等性）と人の判定の一致度（κ）0.58 [0.33, 0.84]、n=40: 0.6未満のため判定者だけに頼らないでください。</p>",
            section,
            StringComparison.Ordinal);
        Assert.Contains("<td>自動採点: 正答</td><td class=\"num\">20</td><td class=\"num\">5</td>", section, StringComparison.Ordinal);
        Assert.Contains("<td>自動採点: 誤答</td><td class=\"num\">3</td><td class=\"num\">12</td>", section, StringComparison.Ordinal);
        Assert.Contains("<td>judge-llm</td><td class=\"num\">40</td><td class=\"num\">80.0% [", section, StringComparison.Ordinal);
        Assert.Contains(Warning, Section(html, 4), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_judge_at_0_6_or_more_shows_no_warning()
    {
        string html = new HtmlReportWriter().Render(await ReviewedReports.HighAgreementAsync(folder));

        string section = Section(html, 10);
        Assert.Contains("<td class=\"num\">0.85 [0.69, 1.00]</td><td>0.6以上で、おおむね人の判定と一致しています</td>", section, StringComparison.Ordinal);
        Assert.DoesNotContain(Warning, section, StringComparison.Ordinal);
        Assert.DoesNotContain("0.6未満のため", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Warning, Section(html, 4), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_who_decided_the_answers_awaiting_review_and_the_unsupported_claims_per_provider()
    {
        string section = Section(new HtmlReportWriter().Render(await ReviewedReports.LowAgreementAsync(folder)), 10);

        Assert.Contains(Row("&lt;script&gt;alert(1)&lt;/script&gt;", 41, 41, 0, 1, 40, 8, 0, 0, 0, 0), section, StringComparison.Ordinal);
        Assert.Contains(Row("local の表示名", 5, 3, 2, 0, 1, 0, 1, 2, 0, 1), section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>local の表示名</td><td class=\"num\">25.0% [", section, StringComparison.Ordinal);
        Assert.Contains("]（n=2）</td><td class=\"num\">－</td><td class=\"num\">3</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td class=\"num\">－</td><td class=\"num\">20.0% [20.0%, 20.0%]（n=1）</td>", section, StringComparison.Ordinal);
        Assert.DoesNotContain(ReviewedReports.HostileName, section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_human_grades_the_section_says_how_to_get_them_and_warns_of_nothing()
    {
        string html = new HtmlReportWriter().Render(await ReviewedReports.UngradedAsync(folder));

        string section = Section(html, 10);
        Assert.Contains("人の判定がまだないため、一致度は計算していません。", section, StringComparison.Ordinal);
        Assert.DoesNotContain("<h4>", section, StringComparison.Ordinal);
        Assert.DoesNotContain(Warning, html, StringComparison.Ordinal);
        Assert.Contains(Row("local の表示名", 5, 2, 2, 0, 0, 0, 0, 3, 0, 1), section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_drilldown_shows_the_human_verdict_and_what_it_overrode()
    {
        RunReport report = await ReviewedReports.LowAgreementAsync(folder);

        string drilldown = Section(new HtmlReportWriter().Render(report), 13);

        Assert.Contains("<span class=\"ng\">誤答</span> <span class=\"na\">人の判定: 部分（自動採点の正答を覆しました）</span>", drilldown, StringComparison.Ordinal);
        Assert.Contains("<span class=\"ok\">正答</span> <span class=\"na\">人の判定: 正答（自動採点の誤答を覆しました）</span>", drilldown, StringComparison.Ordinal);
        Assert.Contains("<span class=\"ok\">正答</span> <span class=\"na\">判定者の採点</span>", drilldown, StringComparison.Ordinal);
        Assert.Equal(26, CountOf(drilldown, "<span class=\"ok\">正答</span>"));
        Assert.Equal(18, CountOf(drilldown, "<span class=\"ng\">誤答</span>"));
    }

    [Fact]
    public async Task The_judges_usage_table_shows_its_calls_tokens_times_and_converted_cost_escaped()
    {
        string section = Section(new HtmlReportWriter().Render(await ReviewedReports.JudgedAsync(folder)), 10);

        Assert.Contains("<h3>判定者の利用量</h3>", section, StringComparison.Ordinal);
        Assert.Contains(
            "<tr><td>&lt;b&gt;判定&lt;/b&gt;</td><td>&lt;img src=x&gt;</td><td class=\"num\">2</td><td class=\"num\">3</td>"
            + "<td class=\"num\">40,000</td><td class=\"num\">5,000</td><td class=\"num\">800 ms</td><td class=\"num\">890 ms</td>"
            + "<td class=\"num\">1.35 円（1 USD = 150 円で換算）</td><td class=\"num\">0.675 円</td></tr>",
            section,
            StringComparison.Ordinal);
        Assert.DoesNotContain(ReviewedReports.HostileJudge, section, StringComparison.Ordinal);
        Assert.DoesNotContain(ReviewedReports.HostileModel, section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_judge_calls_there_is_no_usage_table()
    {
        string section = Section(new HtmlReportWriter().Render(await ReviewedReports.LowAgreementAsync(folder)), 10);

        Assert.DoesNotContain("判定者の利用量", section, StringComparison.Ordinal);
    }

    private static string Row(string name, params int[] counts) =>
        $"<tr><td>{name}</td>" + string.Concat(counts.Select(c => $"<td class=\"num\">{c}</td>")) + "</tr>";

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private static string Section(string html, int number)
    {
        int start = html.IndexOf($"<section id=\"s{number}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"section {number} missing");
        int end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
