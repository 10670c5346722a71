namespace GaiEval.Tests.Reporting.Charts;

using System.Xml.Linq;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Charts;
using GaiEval.Tests.Support;

public sealed class ChartRendererTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly byte[] PngMagic = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_chart_with_Japanese_labels_names_its_font_and_its_svg_text_carries_that_family_and_glyph_positions()
    {
        RunReport report = await ChartReports.TwoProvidersAsync(folder);
        var renderer = new ChartRenderer(ChartFonts.Resolve());
        Assert.True(renderer.Font.Japanese, "No Japanese font found: install the Debian package fonts-noto-cjk.");

        Chart chart = renderer.Accuracy(report, folder.File("charts"));

        Assert.Equal("Noto Sans CJK JP", chart.FontName);
        Assert.False(chart.AsciiLabels);
        Assert.Equal("正答率（95%信頼区間）", chart.Title);
        Assert.StartsWith("<svg", chart.Svg, StringComparison.Ordinal);
        List<XElement> texts = Texts(chart);
        foreach (string label in new[] { "正答率（95%信頼区間）", "基準モデル", "候補Ａ（クラウド）" })
        {
            XElement text = Assert.Single(texts, t => t.Value.Trim() == label);
            Assert.Equal("Noto Sans CJK JP", (string?)text.Attribute("font-family"));
            string[] xs = ((string?)text.Attribute("x") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Equal(label.Length, xs.Length);
            Assert.All(xs, x => Assert.True(double.TryParse(x, System.Globalization.CultureInfo.InvariantCulture, out _), x));
        }
    }

    [Fact]
    public async Task Every_chart_is_written_as_a_real_png_of_some_size()
    {
        RunReport report = await ChartReports.TwoProvidersAsync(folder);
        report = report with { Economics = ChartReports.CrossingAt5000(report) };

        IReadOnlyList<Chart> charts = new ChartRenderer(ChartFonts.Resolve()).RenderAll(report, folder.File("charts"));

        Assert.Equal(["accuracy", "accuracy-by-category", "latency", "tco"], charts.Select(c => c.FileStem));
        foreach (Chart chart in charts)
        {
            Assert.Equal(folder.File("charts", chart.FileStem + ".png"), chart.PngPath);
            byte[] png = File.ReadAllBytes(chart.PngPath!);
            Assert.True(png.AsSpan().StartsWith(PngMagic), chart.PngPath);
            Assert.True(png.Length > 10_000, $"{chart.PngPath} has only {png.Length} bytes");
        }
    }

    [Fact]
    public async Task Without_a_Japanese_font_every_label_is_ascii_and_the_renderer_carries_a_notice()
    {
        RunReport report = await ChartReports.TwoProvidersAsync(folder);
        report = report with { Economics = ChartReports.CrossingAt5000(report) };
        var renderer = new ChartRenderer(ChartFonts.Resolve(["No Such Gothic"]));

        IReadOnlyList<Chart> charts = renderer.RenderAll(report, folder.File("charts"));

        Assert.Equal(ChartFont.MissingJapaneseFontNotice, renderer.Notice);
        Assert.Equal(4, charts.Count);
        foreach (Chart chart in charts)
        {
            Assert.True(chart.AsciiLabels);
            Assert.All(chart.Title, c => Assert.InRange(c, ' ', '~'));
            List<string> labels = [.. Texts(chart).Select(t => t.Value.Trim())];
            Assert.NotEmpty(labels);
            Assert.All(labels, label => Assert.All(label, c => Assert.InRange(c, ' ', '~')));
        }

        Assert.Contains("cand-a", Texts(charts[0]).Select(t => t.Value.Trim()));
        Assert.Contains("category 2", Texts(charts[1]).Select(t => t.Value.Trim()));
    }

    [Fact]
    public async Task A_hostile_provider_name_stays_text_in_the_svg()
    {
        RunReport report = await ChartReports.TwoProvidersAsync(folder, ChartReports.Hostile);

        Chart chart = new ChartRenderer(ChartFonts.Resolve()).Accuracy(report, folder.File("charts"));

        XDocument svg = XDocument.Parse(chart.Svg);
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "script");
        Assert.Contains(Texts(chart), t => t.Value.Trim() == ChartReports.Hostile);
    }

    [Fact]
    public async Task The_tco_chart_marks_the_break_even_volume_and_is_left_out_without_economics()
    {
        RunReport report = await ChartReports.TwoProvidersAsync(folder);
        var renderer = new ChartRenderer(ChartFonts.Resolve());

        Assert.Null(renderer.Cost(report with { Economics = null }, folder.File("charts")));
        Chart? chart = renderer.Cost(report with { Economics = ChartReports.CrossingAt5000(report) }, folder.File("charts"));

        Assert.NotNull(chart);
        List<string> labels = [.. Texts(chart).Select(t => t.Value.Trim())];
        Assert.Contains("損益分岐 5,000件/月", labels);
        Assert.Contains("月額費用（JPY）", labels);
        Assert.Contains("計画の月間件数", labels);
    }

    [Fact]
    public async Task The_heat_map_labels_each_category_and_provider_cell_with_its_accuracy()
    {
        RunReport report = await ChartReports.TwoProvidersAsync(folder);

        Chart chart = new ChartRenderer(ChartFonts.Resolve()).AccuracyByCategory(report, folder.File("charts"));

        List<string> labels = [.. Texts(chart).Select(t => t.Value.Trim())];
        Assert.Contains("住民票・戸籍", labels);
        Assert.Contains("税・保険料", labels);
        Assert.Equal(1, labels.Count(l => l.StartsWith("100.0%", StringComparison.Ordinal)));
        Assert.Equal(3, labels.Count(l => l.StartsWith("50.0%", StringComparison.Ordinal)));
    }

    private static List<XElement> Texts(Chart chart) => [.. XDocument.Parse(chart.Svg).Descendants(Svg + "text")];
}
