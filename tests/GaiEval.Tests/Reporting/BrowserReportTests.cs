namespace GaiEval.Tests.Reporting;

using System.Text.RegularExpressions;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Html;
using GaiEval.Tests.Reporting.Html;
using GaiEval.Tests.Support;

/// <summary>The HTML report in a real browser (Debian's headless Chromium): model output and provider names run no script and send no request.</summary>
public sealed class BrowserReportTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private LoopbackServer leak = null!;

    public async Task InitializeAsync() => leak = await LoopbackServer.StartAsync((context, _) =>
    {
        context.Response.StatusCode = 204;
        return Task.CompletedTask;
    });

    public async Task DisposeAsync()
    {
        await leak.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Hostile_model_output_neither_runs_nor_reaches_the_network_and_the_page_renders()
    {
        string url = leak.BaseAddress.ToString();
        string[] hostile =
        [
            $"<script>document.title='PWNED';fetch('{url}script')</script>",
            $"<img src=\"{url}img\" onerror=\"document.title='PWNED'\">",
            $"<a href=\"javascript:document.title='PWNED'\">詳しくはこちら</a><link rel=\"stylesheet\" href=\"{url}css\">",
            $"</td></tr></table><iframe src=\"{url}frame\"></iframe>",
        ];
        string name = $"<script>document.title='PWNED';fetch('{url}name')</script>社";
        string html = await WriteReportAsync(hostile, name);

        string dom = await HeadlessChromium.DumpDomAsync(html);
        string screenshot = folder.File("report.png");
        await HeadlessChromium.ScreenshotAsync(html, screenshot);

        Assert.DoesNotContain("PWNED</title>", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", dom, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;document.title", dom, StringComparison.Ordinal);
        Assert.Contains("<h3>データの区分ごとの推奨</h3>", dom, StringComparison.Ordinal);

        // The candidate's name heads its column of the comparison as text.
        Assert.Contains($"<th>&lt;script&gt;document.title='PWNED';fetch('{url}name')&lt;/script&gt;社<br>", dom, StringComparison.Ordinal);
        Assert.Empty(leak.Received);
        Assert.True(new FileInfo(screenshot).Length > 20_000, "the screenshot should show a rendered page");
        File.Copy(screenshot, Path.Combine(Path.GetTempPath(), "gaieval-report-screenshot.png"), overwrite: true);
    }

    [Fact]
    public async Task A_companion_page_renders_its_cards_runs_only_its_filter_script_and_links_back_to_the_report()
    {
        // 501 items: report.html keeps 500 cards, items-001.html and items-002.html hold 250 each, items-003.html the last.
        RunReport report = await ItemPagesTests.LargeReportAsync(folder, items: 501);
        await new HtmlReportWriter().WriteAsync(report, folder.Path);
        string page = folder.File("items", "items-001.html");

        string dom = await HeadlessChromium.DumpDomAsync(page);
        IReadOnlyList<string> console = await HeadlessChromium.ConsoleMessagesAsync(page);

        Assert.Equal(250, Regex.Count(dom, "<article class=\"item\""));
        Assert.Contains("<form id=\"filters\">", dom, StringComparison.Ordinal);
        Assert.Contains("<output id=\"shown\">250</output>", dom, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt;", dom, StringComparison.Ordinal);
        Assert.DoesNotContain(console, line => line.Contains("Content Security Policy", StringComparison.Ordinal));

        // .NET keeps a file URI's #fragment in its path, so the fragment is split off before resolving.
        string[] href = Regex.Match(dom, "<a href=\"([^\"]+)\" rel=\"index\">").Groups[1].Value.Split('#');
        Uri back = new(new Uri(page), href[0]);
        string reportFile = back.LocalPath;
        Assert.Equal(folder.File("report.html"), reportFile);
        Assert.Equal(["../report.html", "s13"], href);
        string reportDom = await HeadlessChromium.DumpDomAsync(reportFile);
        Assert.Contains("<section id=\"s13\">", reportDom, StringComparison.Ordinal);
        Assert.Equal(500, Regex.Count(reportDom, "<article class=\"item\""));
        Uri forth = new(back, Regex.Match(reportDom, "<a href=\"(items/items-001\\.html)\">1–250</a>").Groups[1].Value);
        Assert.Equal(page, forth.LocalPath);
        Assert.Empty(leak.Received);
    }

    private async Task<string> WriteReportAsync(string[] answers, string providerName)
    {
        var items = answers.Select((_, i) => StoredRun.Item($"a{i + 1}")).ToList();
        await using StoredRun stored = await StoredRun.CreateAsync(folder, items, StoredRun.Provider("cloud") with { Name = providerName, Candidate = true });
        for (int i = 0; i < answers.Length; i++)
        {
            stored.Answer($"a{i + 1}", "cloud", answers[i], correct: false, latencyMs: 120);
        }

        RunReport report = RunReport.Build(await stored.SaveAsync());
        await new HtmlReportWriter().WriteAsync(report, folder.Path);
        return folder.File("report.html");
    }
}
