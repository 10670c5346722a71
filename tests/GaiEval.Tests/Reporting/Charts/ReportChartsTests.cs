namespace GaiEval.Tests.Reporting.Charts;

using GaiEval.Core.Reporting;
using GaiEval.Reporting.Charts;
using GaiEval.Reporting.Html;
using GaiEval.Tests.Support;

public sealed class ReportChartsTests : IDisposable
{
    private static readonly byte[] PngMagic = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_report_s_charts_are_drawn_once_however_many_writers_ask_at_the_same_time()
    {
        RunReport report = await ChartReports.TwoProvidersAsync(folder);

        ReportCharts[] asked = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => ReportCharts.For(report))));

        Assert.All(asked, charts => Assert.Same(asked[0], charts));
        Assert.Equal(["accuracy", "accuracy-by-category", "latency"], asked[0].Charts.Select(c => c.FileStem));
        Assert.All(asked[0].Charts, chart => Assert.True(chart.Png.Span.StartsWith(PngMagic), chart.FileStem));
        Assert.All(asked[0].Charts, chart => Assert.True(chart.Png.Span == ReportCharts.For(report).Charts.Single(c => c.FileStem == chart.FileStem).Png.Span, "encoded once"));
    }

    [Fact]
    public async Task The_png_files_are_the_shared_drawing_s_bytes_and_the_same_bytes_as_drawn_on_their_own()
    {
        RunReport report = await ChartReports.TwoProvidersAsync(folder);
        report = report with { Economics = ChartReports.CrossingAt5000(report) };

        await new ChartImagesWriter().WriteAsync(report, folder.File("shared"));
        IReadOnlyList<Chart> alone = new ChartRenderer(ChartFonts.Resolve()).RenderAll(report, folder.File("alone"));

        Assert.Equal(["accuracy", "accuracy-by-category", "latency", "tco"], alone.Select(c => c.FileStem));
        foreach ((Chart shared, Chart own) in ReportCharts.For(report).Charts.Zip(alone))
        {
            byte[] written = File.ReadAllBytes(folder.File("shared", shared.FileStem + ".png"));
            Assert.Equal(shared.Png.ToArray(), written);
            Assert.Equal(File.ReadAllBytes(own.PngPath!), written);
        }
    }

    [Fact]
    public async Task A_chart_drawn_for_html_only_has_no_png()
    {
        RunReport report = await ChartReports.TwoProvidersAsync(folder);

        IReadOnlyList<Chart> charts = new ChartRenderer(ChartFonts.Resolve()).RenderAll(report, withPng: false);

        Assert.All(charts, chart => Assert.True(chart.Png.IsEmpty, chart.FileStem));
        Assert.Throws<InvalidOperationException>(() => charts[0].SaveIn(folder.Path));
    }

    [Fact]
    public async Task Another_run_gets_its_own_images()
    {
        using var otherFolder = new TempFolder();
        RunReport first = await ChartReports.TwoProvidersAsync(folder);
        RunReport second = await ChartReports.TwoProvidersAsync(otherFolder, secondName: "候補Ｂ（庁内）");

        ReportCharts one = ReportCharts.For(first);
        ReportCharts other = ReportCharts.For(second);

        Assert.NotSame(one, other);
        Assert.NotEqual(one.Charts[0].Png.ToArray(), other.Charts[0].Png.ToArray());
        Assert.Contains("候補Ｂ（庁内）", other.Charts[0].Svg, StringComparison.Ordinal);
        Assert.DoesNotContain("候補Ｂ（庁内）", one.Charts[0].Svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_html_inlines_the_svg_of_the_drawing_the_png_files_come_from()
    {
        RunReport report = await ChartReports.TwoProvidersAsync(folder);

        await new ChartImagesWriter().WriteAsync(report, folder.Path);
        await new HtmlReportWriter(HtmlCharts.For).WriteAsync(report, folder.Path);

        string html = File.ReadAllText(folder.File("report.html"));
        Assert.All(ReportCharts.For(report).Charts, chart => Assert.Contains(chart.Svg, html, StringComparison.Ordinal));
    }
}
