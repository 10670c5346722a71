namespace GaiEval.Tests.Kpi.Html;

using GaiEval.Reporting.Kpi;
using GaiEval.Tests.Support;

/// <summary>kpi-report.html in a real browser (Debian's headless Chromium): it renders, with no console error or policy violation.</summary>
public sealed class KpiReportBrowserTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_kpi_report_renders_its_charts_and_tables_without_console_errors_or_policy_violations()
    {
        await new KpiReportWriter().WriteAsync(HandMadeKpi.All(), folder.Path);
        string page = folder.File("kpi-report.html");

        IReadOnlyList<string> console = await HeadlessChromium.ConsoleMessagesAsync(page);
        string dom = await HeadlessChromium.DumpDomAsync(page);
        string screenshot = folder.File("kpi-report.png");
        await HeadlessChromium.ScreenshotAsync(page, screenshot);

        Assert.Empty(console);
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Count(dom, "<svg"));
        Assert.Contains("利用の段階（ファネル）", dom, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert", dom, StringComparison.Ordinal);
        Assert.True(new FileInfo(screenshot).Length > 20_000, "the screenshot should show a rendered page");
    }

    [Fact]
    public async Task A_page_that_breaks_the_policy_is_caught_by_the_console_check()
    {
        string page = folder.Write("bad.html", "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\"></head><body><script>console.log(1)</script></body></html>");

        IReadOnlyList<string> console = await HeadlessChromium.ConsoleMessagesAsync(page);

        Assert.Contains(console, line => line.Contains("Content Security Policy", StringComparison.Ordinal));
    }
}
