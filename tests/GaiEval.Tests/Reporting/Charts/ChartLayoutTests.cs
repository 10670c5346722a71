namespace GaiEval.Tests.Reporting.Charts;

using System.Globalization;
using System.Xml.Linq;
using GaiEval.Core.Analysis;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Charts;
using GaiEval.Tests.Support;
using ScottPlot;

/// <summary>The charts of four providers with long names, as ScottPlot lays them out and as the SVG draws them.</summary>
public sealed class ChartLayoutTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly string[] Names =
    [
        "組織向け生成AIプラットフォーム（LGWAN接続・庁内共通基盤）",
        "パブリッククラウドのAPI（東日本リージョン・閉域接続）",
        "オンプレミスで運用する国産大規模言語モデル",
        "一般向けWebチャットサービス（個人アカウント）",
    ];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Each_value_label_stands_above_the_upper_end_of_its_interval_inside_the_plot()
    {
        RunReport report = await FourProvidersAsync();
        ChartFont font = ChartFonts.Resolve();
        IReadOnlyList<ProviderAnalysis> providers = report.Analysis.Providers;

        using Plot plot = new();
        plot.Font.Set(font.Name);
        IReadOnlyList<ScottPlot.Plottables.Text> labels = AccuracyChart.Draw(plot, providers, new ChartLabels(font));
        plot.RenderInMemory(ChartCanvas.Width, ChartCanvas.Height);

        Assert.Equal(["41.2%", "100.0%", "70.6%", "5.9%"], labels.Select(l => l.LabelText));
        PixelRect data = plot.LastRender.DataRect;
        for (int i = 0; i < providers.Count; i++)
        {
            PixelRect label = labels[i].LabelStyle.LastRenderPixelRect;
            float intervalTop = plot.GetPixel(new Coordinates(i, providers[i].Accuracy.High)).Y;
            float valueTop = plot.GetPixel(new Coordinates(i, providers[i].Accuracy.Value!.Value)).Y;
            Assert.True(label.Bottom <= intervalTop, $"{labels[i].LabelText}: label bottom {label.Bottom} px, interval top {intervalTop} px");
            Assert.True(label.Bottom < valueTop, $"{labels[i].LabelText} overlaps its bar");
            Assert.True(label.Top >= data.Top, $"{labels[i].LabelText} leaves the plot: top {label.Top} px, plot top {data.Top} px");
        }
    }

    [Theory]
    [InlineData(AccuracyChart.FileStem)]
    [InlineData(CategoryAccuracyChart.FileStem)]
    [InlineData(LatencyChart.FileStem)]
    public async Task Long_provider_names_wrap_and_no_two_of_them_overlap_in_the_svg(string stem)
    {
        RunReport report = await FourProvidersAsync();

        Chart chart = new ChartRenderer(ChartFonts.Resolve()).RenderAll(report, folder.File("charts")).Single(c => c.FileStem == stem);

        // Each text is placed by translate(x y) and carries one x per glyph relative to it.
        var lines = XDocument.Parse(chart.Svg).Descendants(Svg + "text")
            .Select(t => (Text: t.Value.Trim(), At: Translate((string?)t.Attribute("transform")), Y: Numbers((string)t.Attribute("y")!)[0],
                Xs: Numbers((string)t.Attribute("x")!), Size: Numbers((string?)t.Attribute("font-size") ?? "12")[0]))
            .Where(l => l.Text.Length > 0 && Names.Any(n => n.Contains(l.Text, StringComparison.Ordinal)))
            .Select(l => (l.Text, Row: Math.Round(l.At.Y + l.Y, 1), Left: l.At.X + l.Xs.Min(), Right: l.At.X + l.Xs.Max() + l.Size))
            .ToList();
        foreach (string name in Names)
        {
            List<string> parts = [.. lines.Where(l => name.Contains(l.Text, StringComparison.Ordinal)).Select(l => l.Text)];
            Assert.True(parts.Count >= 2, $"{name} is not wrapped: {string.Join(" / ", parts)}");
        }

        foreach (var row in lines.GroupBy(l => l.Row))
        {
            var spans = row.OrderBy(s => s.Left).ToList();
            for (int i = 1; i < spans.Count; i++)
            {
                Assert.True(spans[i - 1].Right <= spans[i].Left, $"「{spans[i - 1].Text}」 runs into 「{spans[i].Text}」");
            }
        }

        Assert.All(lines, l => Assert.InRange(l.Right, 0, ChartCanvas.Width));
    }

    private static List<double> Numbers(string text) =>
        [.. text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).Select(n => double.Parse(n, CultureInfo.InvariantCulture))];

    private static (double X, double Y) Translate(string? transform)
    {
        if (transform is null || !transform.StartsWith("translate(", StringComparison.Ordinal))
        {
            return (double.NaN, double.NaN);
        }

        List<double> xy = Numbers(transform["translate(".Length..^1]);
        return (xy[0], xy[1]);
    }

    /// <summary>17 items: 7, 17, 12 and 1 right answers (41.2%, 100.0%, 70.6%, 5.9%).</summary>
    private async Task<RunReport> FourProvidersAsync()
    {
        int[] right = [7, 17, 12, 1];
        var providers = Names.Select((name, i) => StoredRun.Provider($"p{i + 1}") with { Name = name }).ToArray();
        var items = Enumerable.Range(1, 17).Select(i => StoredRun.Item($"a{i}")).ToArray();
        await using StoredRun stored = await StoredRun.CreateAsync(folder, items, providers);
        for (int p = 0; p < providers.Length; p++)
        {
            for (int i = 0; i < items.Length; i++)
            {
                stored.Answer(items[i].Id, providers[p].Id, "300円です", correct: i < right[p], latencyMs: 100);
            }
        }

        return RunReport.Build(await stored.SaveAsync());
    }
}
