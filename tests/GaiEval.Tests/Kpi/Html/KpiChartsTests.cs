namespace GaiEval.Tests.Kpi.Html;

using System.Xml.Linq;
using GaiEval.Reporting.Charts;
using GaiEval.Tests.Support;

/// <summary>The KPI charts are ScottPlot's SVG with the Japanese labels (Noto Sans CJK JP must be installed, as for the other charts).</summary>
public sealed class KpiChartsTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly byte[] PngMagic = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Every_kpi_chart_is_drawn_as_svg_with_its_japanese_title_and_labels_and_as_a_png()
    {
        ChartFont font = ChartFonts.Resolve();
        Assert.True(font.Japanese, "No Japanese font found: install the Debian package fonts-noto-cjk.");

        IReadOnlyList<Chart> charts = KpiCharts.Render(HandMadeKpi.All(), font, folder.File("charts"));

        Assert.Equal(KpiCharts.FileStems, charts.Select(c => c.FileStem));
        Dictionary<string, string[]> expected = new()
        {
            ["kpi-satisfaction"] = ["満足度の分布（回次別、利用者の回答）", "2026-10（n=3）", "5: 33.3%", "2: 33.3%", "2026-12（n=2）"],
            ["kpi-active-users"] = ["月間アクティブ利用者数と利用者割合", "2人（10.5%）", "3人（15.8%）"],
            ["kpi-funnel"] = ["利用の段階（ファネル）", "対象職員", "利用経験あり", "19人（100.0%）", "4人（21.1%）", "1人（5.3%）"],
            ["kpi-tokens"] = ["月ごとの入出力トークン数（実利用）", "入力", "出力", "2026-11"],
            ["kpi-time-self-reported"] = ["削減業務時間（自己申告、月あたり、95%区間）", "16時間"],
            ["kpi-time-measured"] = ["削減業務時間（実測、1件あたり、95%区間）", "窓口", "全体", "17.5分（n=2）", "21.7分（n=3）"],
        };
        foreach (Chart chart in charts)
        {
            Assert.StartsWith("<svg", chart.Svg, StringComparison.Ordinal);
            List<string> texts = [.. XDocument.Parse(chart.Svg).Descendants(Svg + "text").Select(t => t.Value.Trim())];
            foreach (string label in expected[chart.FileStem])
            {
                Assert.True(texts.Contains(label), $"{chart.FileStem}: no text '{label}' in [{string.Join(" | ", texts)}]");
            }

            Assert.Equal("Noto Sans CJK JP", chart.FontName);
            byte[] png = File.ReadAllBytes(chart.PngPath!);
            Assert.True(png.AsSpan().StartsWith(PngMagic), chart.PngPath);
        }
    }

    [Fact]
    public void Time_saved_by_each_method_is_its_own_chart_never_one_merged_bar()
    {
        IReadOnlyList<Chart> charts = KpiCharts.Render(HandMadeKpi.All(), ChartFonts.Resolve(), pngFolder: null);

        Chart selfReported = Assert.Single(charts, c => c.FileStem == "kpi-time-self-reported");
        Chart measured = Assert.Single(charts, c => c.FileStem == "kpi-time-measured");
        Assert.DoesNotContain("実測", selfReported.Svg, StringComparison.Ordinal);
        Assert.DoesNotContain("自己申告", measured.Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void A_category_without_a_measured_value_gets_no_bar_rather_than_a_bar_at_zero()
    {
        var findings = HandMadeKpi.All();
        var measured = findings.MeasuredTime!;
        findings = findings with
        {
            MeasuredTime = measured with
            {
                Categories = [measured.Categories[0], new("未計測の分野", new GaiEval.Core.Analysis.Estimate(null, 0, 0, 0, "bootstrap"))],
            },
        };

        Chart chart = Assert.Single(KpiCharts.Render(findings, ChartFonts.Resolve(), pngFolder: null), c => c.FileStem == "kpi-time-measured");

        List<string> texts = [.. XDocument.Parse(chart.Svg).Descendants(Svg + "text").Select(t => t.Value.Trim())];
        Assert.Contains("30.0分（n=1）", texts);
        Assert.DoesNotContain("未計測の分野", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("－分", StringComparison.Ordinal) || t.StartsWith("0.0分", StringComparison.Ordinal));
    }

    [Fact]
    public void Charts_without_their_data_are_left_out()
    {
        IReadOnlyList<Chart> charts = KpiCharts.Render(HandMadeKpi.SurveyOnly(), ChartFonts.Resolve(), pngFolder: null);

        Assert.Equal(["kpi-satisfaction", "kpi-time-self-reported"], charts.Select(c => c.FileStem));
    }

    [Fact]
    public void Without_eligible_staff_there_is_no_funnel_chart()
    {
        IReadOnlyList<Chart> charts = KpiCharts.Render(HandMadeKpi.UsageWithoutEligibleStaff(), ChartFonts.Resolve(), pngFolder: null);

        Assert.Equal(["kpi-active-users", "kpi-tokens"], charts.Select(c => c.FileStem));
    }

    [Fact]
    public void Without_a_japanese_font_the_labels_are_ascii_and_the_html_caption_carries_the_notice()
    {
        ChartFont ascii = ChartFont.AsciiFallback(ChartFonts.LatinFontName());

        IReadOnlyList<GaiEval.Reporting.Html.HtmlChart> charts = KpiCharts.ForHtml(HandMadeKpi.All(), ascii);

        Assert.Equal(6, charts.Count);
        Assert.All(charts, c => Assert.Contains(ChartFont.MissingJapaneseFontNotice, c.Title, StringComparison.Ordinal));
        Assert.All(charts, c => Assert.DoesNotMatch("[\\u3040-\\u30ff\\u4e00-\\u9fff]", string.Concat(XDocument.Parse(c.Svg).Descendants(Svg + "text").Select(t => t.Value))));
    }
}
