namespace GaiEval.Tests.Reporting.Html;

using System.Text;
using System.Text.RegularExpressions;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Reporting.Html;
using GaiEval.Tests.Support;

/// <summary>
/// A run of 3,000 items: report.html keeps 500 cards (every failure and undecided item, then an even sample) and the
/// companion pages items/items-001.html … items-012.html hold every item once, escaped and under the same policy.
/// </summary>
public sealed class ItemPagesTests(LargeRunFixture large) : IClassFixture<LargeRunFixture>, IDisposable
{
    private const int Items = 3_000;
    private const string Hostile = "<script>alert('x')</script>";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>
    /// Item i (from 0) is wrong when i % 50 == 7 (60 items), an error when i % 300 == 11 (10), unscored when i % 150 == 3
    /// (20), else right: 70 failed, 20 undecided, 2,910 others. Item 7 answers <see cref="Hostile"/>, item 8 30,000 characters.
    /// </summary>
    public static async Task<RunReport> LargeReportAsync(TempFolder folder, int items = Items)
    {
        string[] categories = ["住民票・戸籍", "税", "子育て", "福祉", "ごみ"];
        await using StoredRun stored = await StoredRun.CreateAsync(
            folder,
            [.. Enumerable.Range(0, items).Select(i => StoredRun.Item(Id(i)) with { Category = categories[i % categories.Length] })],
            StoredRun.Provider("cloud") with { Candidate = true });
        for (int i = 0; i < items; i++)
        {
            if (i % 300 == 11)
            {
                stored.Fail(Id(i), "cloud", ResponseStatus.Error, "接続できませんでした");
                continue;
            }

            string text = i == 7 ? Hostile : i == 8 ? new string('あ', 30_000) : $"{Id(i)} は1通300円です";
            bool? correct = i % 50 == 7 ? false : i % 150 == 3 ? null : true;
            stored.Answer(Id(i), "cloud", text, correct, latencyMs: 100 + (i % 7));
        }

        return RunReport.Build(await stored.SaveAsync());
    }

    public static string Id(int index) => $"q{index + 1:0000}";

    [Fact]
    public async Task Report_html_keeps_every_failed_and_undecided_item_then_an_even_sample_and_says_so()
    {
        RunReport report = large.Report;
        string out_ = folder.File("out");

        await new HtmlReportWriter().WriteAsync(report, out_);

        string html = await File.ReadAllTextAsync(Path.Combine(out_, "report.html"), Encoding.UTF8);
        Assert.True(new FileInfo(Path.Combine(out_, "report.html")).Length < DrilldownLimits.ReportBoundBytes);
        Assert.Contains("article.item { content-visibility: auto;", html, StringComparison.Ordinal);
        string section = Section(html, (int)HtmlSection.Drilldown);
        List<int> shown = Cards(section);
        Assert.Equal(500, shown.Count);
        Assert.Equal(shown.Order(), shown);
        List<int> failed = [.. Enumerable.Range(0, Items).Where(i => i % 50 == 7 || i % 300 == 11)];
        List<int> undecided = [.. Enumerable.Range(0, Items).Where(i => i % 150 == 3)];
        Assert.Equal(70, failed.Count);
        Assert.Equal(20, undecided.Count);
        Assert.Subset(shown.ToHashSet(), failed.Concat(undecided).Select(i => i + 1).ToHashSet());

        // The 410 others: every 2,910 / 410-th of them in test-set order, starting with the first (item 0).
        List<int> others = [.. Enumerable.Range(0, Items).Except(failed).Except(undecided)];
        List<int> sample = [.. Enumerable.Range(0, 410).Select(k => others[k * 2910 / 410])];
        Assert.Equal([.. failed.Concat(undecided).Concat(sample).Select(i => i + 1).Order()], shown);
        Assert.Contains("全 3,000 項目のうち 500 項目だけを載せています（誤答・失敗のある項目 70 / 70 件、判定保留・未採点の回答がある項目 20 / 20 件、その他の項目 410 / 2,910 件）", section, StringComparison.Ordinal);
        Assert.Contains("<span>表示 <output id=\"shown\">500</output> / 500 項目</span>", section, StringComparison.Ordinal);
        Assert.Contains("<a href=\"items/items-001.html#item-8\">項目別ページ 1 で見る</a>", section, StringComparison.Ordinal);
        Assert.Equal(
            [.. Enumerable.Range(1, 12).Select(p => $"items/items-{p:000}.html")],
            Regex.Matches(section, "<a href=\"(items/items-\\d+\\.html)\">\\d+–\\d+</a>").Select(m => m.Groups[1].Value));
        Assert.Contains("<a href=\"items/items-012.html\">2751–3000</a>", section, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", section, StringComparison.Ordinal);
        Assert.DoesNotContain(Hostile, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_html_written_a_card_at_a_time_is_the_rendered_page_and_leaves_no_partial_file()
    {
        RunReport report = large.Report;
        string out_ = folder.File("out");
        var writer = new HtmlReportWriter();

        await writer.WriteAsync(report, out_);

        byte[] written = await File.ReadAllBytesAsync(Path.Combine(out_, "report.html"));
        Assert.Equal(new UTF8Encoding(false).GetBytes(writer.Render(report)), written);
        Assert.Equal(["report.html"], Directory.GetFiles(out_).Select(Path.GetFileName));
    }

    [Fact]
    public async Task The_companion_pages_hold_every_item_once_escaped_under_the_reports_policy_and_link_back()
    {
        RunReport report = large.Report;
        string out_ = folder.File("out");
        folder.Write(Path.Combine("out", "items", "items-099.html"), "前の実行のページ");
        folder.Write(Path.Combine("out", "items", "notes.txt"), "利用者のメモ");

        await new HtmlReportWriter().WriteAsync(report, out_);

        string policy = Policy(await File.ReadAllTextAsync(Path.Combine(out_, "report.html")));
        string[] pages = [.. Directory.GetFiles(Path.Combine(out_, "items"), "items-*.html").Order(StringComparer.Ordinal)];
        Assert.Equal([.. Enumerable.Range(1, 12).Select(p => $"items-{p:000}.html")], pages.Select(Path.GetFileName));
        Assert.True(File.Exists(Path.Combine(out_, "items", "notes.txt")), "only the report's own pages are removed");
        List<int> cards = [];
        for (int page = 0; page < pages.Length; page++)
        {
            string html = await File.ReadAllTextAsync(pages[page], Encoding.UTF8);
            Assert.Equal(policy, Policy(html));
            Assert.Contains("article.item { content-visibility: auto;", html, StringComparison.Ordinal);
            Assert.Equal(1, Regex.Count(html, "<script", RegexOptions.IgnoreCase));
            Assert.DoesNotContain(Hostile, html, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"../report.html#s{(int)HtmlSection.Drilldown}\" rel=\"index\">レポート（report.html）に戻る</a>", html, StringComparison.Ordinal);
            Assert.Equal(page > 0, html.Contains($"<a href=\"items-{page:000}.html\" rel=\"prev\">", StringComparison.Ordinal));
            Assert.Equal(page < 11, html.Contains($"<a href=\"items-{page + 2:000}.html\" rel=\"next\">", StringComparison.Ordinal));
            List<int> onPage = Cards(html);
            Assert.Equal([.. Enumerable.Range((page * 250) + 1, 250)], onPage);
            cards.AddRange(onPage);
        }

        Assert.Equal([.. Enumerable.Range(1, Items)], cards);
        string first = await File.ReadAllTextAsync(pages[0], Encoding.UTF8);
        Assert.Contains("<article class=\"item\" id=\"item-8\" data-cat=\"2\" data-use=\"0\" data-failed=\"0\">", first, StringComparison.Ordinal);
        Assert.Contains("<div class=\"answer\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</div>", first, StringComparison.Ordinal);
        Assert.Contains($"<div class=\"answer\">{new string('あ', 20_000)}…（以下 10,000 文字を省略）</div>", first, StringComparison.Ordinal);
        Assert.Contains("項目 1–250 / 全 3,000 項目", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_few_items_whose_cards_pass_the_budget_get_pages_too_with_the_reports_texts_cut()
    {
        await using StoredRun stored = await StoredRun.CreateAsync(folder, [.. Enumerable.Range(0, 60).Select(i => StoredRun.Item(Id(i)))], StoredRun.Provider("cloud"));
        for (int i = 0; i < 60; i++)
        {
            stored.Answer(Id(i), "cloud", new string('あ', 40_000), correct: true, latencyMs: 10);
        }

        RunReport report = RunReport.Build(await stored.SaveAsync());
        string out_ = folder.File("out");

        await new HtmlReportWriter().WriteAsync(report, out_);

        string html = await File.ReadAllTextAsync(Path.Combine(out_, "report.html"), Encoding.UTF8);
        Assert.Equal(60, Cards(Section(html, (int)HtmlSection.Drilldown)).Count);
        Assert.Equal(60, Regex.Count(html, "…（以下 38,000 文字を省略）"));
        Assert.True(File.Exists(Path.Combine(out_, "items", "items-001.html")));
        Assert.False(File.Exists(Path.Combine(out_, "items", "items-002.html")));
    }

    [Fact]
    public async Task A_small_run_has_every_card_whole_and_no_pages()
    {
        RunReport report = await LargeReportAsync(folder, items: 20);
        string out_ = folder.File("out");
        folder.Write(Path.Combine("out", "items", "items-001.html"), "前の実行のページ");

        await new HtmlReportWriter().WriteAsync(report, out_);

        string html = await File.ReadAllTextAsync(Path.Combine(out_, "report.html"), Encoding.UTF8);
        string section = Section(html, (int)HtmlSection.Drilldown);
        Assert.Equal([.. Enumerable.Range(1, 20)], Cards(section));
        Assert.DoesNotContain("content-visibility", html, StringComparison.Ordinal);
        Assert.DoesNotContain("items/items-", section, StringComparison.Ordinal);
        Assert.Contains(new string('あ', 30_000), section, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(out_, "items")));
    }

    [Fact]
    public async Task With_more_failures_than_fit_report_html_keeps_room_for_a_sample_of_the_right_answers()
    {
        // Items 0–449 wrong, 450–599 right: 400 of the 450 failures (every 1.125th) and 100 of the 150 others (every 1.5th).
        await using StoredRun stored = await StoredRun.CreateAsync(folder, [.. Enumerable.Range(0, 600).Select(i => StoredRun.Item(Id(i)))], StoredRun.Provider("cloud"));
        for (int i = 0; i < 600; i++)
        {
            stored.Answer(Id(i), "cloud", "1通300円です", correct: i >= 450, latencyMs: 10);
        }

        RunReport report = RunReport.Build(await stored.SaveAsync());

        string section = Section(new HtmlReportWriter().Render(report), (int)HtmlSection.Drilldown);

        List<int> expected = [.. Enumerable.Range(0, 400).Select(k => k * 450 / 400).Concat(Enumerable.Range(0, 100).Select(k => 450 + (k * 3 / 2))).Select(i => i + 1)];
        Assert.Equal(expected, Cards(section));
        Assert.Contains("（誤答・失敗のある項目 400 / 450 件、判定保留・未採点の回答がある項目 0 / 0 件、その他の項目 100 / 150 件）", section, StringComparison.Ordinal);
    }

    [Fact]
    public void An_even_sample_starts_at_the_first_member_and_steps_evenly()
    {
        Assert.Equal([10, 13, 16], DrilldownSelection.EvenlySpaced([10, 11, 12, 13, 14, 15, 16, 17, 18], 3));
        Assert.Equal([10, 11], DrilldownSelection.EvenlySpaced([10, 11], 2));
        Assert.Empty(DrilldownSelection.EvenlySpaced([10, 11], 0));
    }

    private static List<int> Cards(string html) =>
        [.. Regex.Matches(html, "<article class=\"item\" id=\"item-(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    private static string Policy(string html) =>
        Regex.Match(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"[^\"]*\">").Value is { Length: > 0 } meta ? meta : throw new InvalidOperationException("CSP meta missing");

    private static string Section(string html, int number)
    {
        int start = html.IndexOf($"<section id=\"s{number}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"section {number} missing");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}
