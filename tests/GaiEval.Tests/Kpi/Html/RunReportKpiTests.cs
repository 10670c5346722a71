namespace GaiEval.Tests.Kpi.Html;

using System.Text.RegularExpressions;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Charts;
using GaiEval.Reporting.Html;
using GaiEval.Tests.Reporting.Charts;
using GaiEval.Tests.Support;

/// <summary>report.html with KPIs from real use: section 2 filled from <see cref="HandMadeKpi"/>, and a KPI detail section 12.</summary>
public sealed class RunReportKpiTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Section_two_shows_the_latest_wave_and_month_beside_the_test_run_with_methods()
    {
        string kpis = Section(new HtmlReportWriter().Render(await ReportAsync("cand-a")), 2);
        string text = KpiReportWriterTests.Text(kpis);

        Assert.DoesNotContain("ゴールドセットでは測定しません", kpis, StringComparison.Ordinal);
        // 2026-12: s1 4, s2 3 → top-2 1/2. November: 3 active of 19 eligible, 1 habitual.
        Assert.Matches(@"利用者満足度\s+－（実利用データなし）\s+2026-12: 上位2段階 50\.0% \[[^\]]+\]（n=2）、平均 3\.50 \[", text);
        // The log's last real use is Monday 2026-11-23: the month and the last week are lower bounds. Shares of eligible
        // staff give the count beside its denominator, never the count as an n.
        Assert.Contains("2026-11（2026-11-23までのデータ、下限）: 月間アクティブ 3 人、利用者割合 3人 / 19人（15.8%）、定着利用 1人 / 19人（5.3%）（2026-11-23までのデータ、下限）", text, StringComparison.Ordinal);
        Assert.DoesNotContain("15.8%（n=3）", text, StringComparison.Ordinal);
        Assert.Contains("評価ハーネスの 1 行を除く", text, StringComparison.Ordinal);
        // November: u1 ×3, u3, u4 = 5 requests: 500 in, 250 out, 0.5 + 0.5 = 1 円.
        Assert.Contains("1リクエストあたり 入力 100（n=8）/ 出力 50（n=8）。2026-11: 入力 500 / 出力 250、費用 1 円", text, StringComparison.Ordinal);
        Assert.Contains("1件あたり 21.7 分 [", text, StringComparison.Ordinal);
        // The latest wave 2026-12 has no bands: not measured, never 2026-10's 15.6 hours in its place.
        Assert.Matches(@"削減業務時間（自己申告）\s+－（実利用データなし）\s+未測定（最新の回次（2026-12）に削減時間（1回あたりの分・週あたりの回数）を答えた利用者がいない）", text);
        Assert.DoesNotContain("2026-10: 月 15.6 時間", text, StringComparison.Ordinal);
        Assert.Contains("空く時間の価値", text, StringComparison.Ordinal);
        Assert.Matches(@"ユーザーの評価（実利用）\s+－（実利用データなし）\s+bad の割合 50\.0% \[[^\]]+\]（n=4）", text);
        Assert.Contains("正答率ではありません", text, StringComparison.Ordinal);
        Assert.Contains("測定方法", kpis, StringComparison.Ordinal);
        // The test run's rows stay.
        Assert.Contains("<tr><th>生成コンテンツの正答率</th>", kpis, StringComparison.Ordinal);
        Assert.Contains("<tr><th>入出力トークン数</th>", kpis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_monthly_cost_stands_beside_the_test_runs_estimated_monthly_variable_cost_of_the_same_provider()
    {
        RunReport report = await ChartReports.TwoProvidersAsync(folder);
        report = report with { Economics = ChartReports.CrossingAt5000(report), Kpi = HandMadeKpi.All("baseline") };

        string text = KpiReportWriterTests.Text(Section(new HtmlReportWriter().Render(report), 2));

        // The baseline's estimate: 1 円 per task × 3,000 tasks = 3,000 円 a month; real use in November cost 1 円.
        Assert.Matches(@"入出力トークン数（実利用）\s+1リクエストあたり 入力 100（n=8）/ 出力 50（n=8）。2026-11: 入力 500 / 出力 250、費用 1 円（テスト実行からの推定: 月額変動費 3,000 円、月間件数 3,000 件）\s+－（実利用データなし）", text);
    }

    [Fact]
    public async Task Section_two_names_the_gold_set_row_as_an_estimate_and_gives_nps_its_unit_and_method_and_personnel_cost_its_currency()
    {
        RunReport report = await ChartReports.TwoProvidersAsync(folder);
        Core.Kpi.Findings.KpiFindings kpi = Doc.HandMadeKpis.All();
        kpi = Core.Kpi.Findings.KpiFindingsBuilder.Build(
            kpi.Sources, Doc.HandMadeKpis.Survey, Doc.HandMadeKpis.Usage, Doc.HandMadeKpis.Timings,
            Doc.HandMadeKpis.Inputs with { Assumptions = new Core.Kpi.Measures.TimeSavedAssumptions { HourlyCost = 20, Currency = "USD" } });
        report = report with { Economics = ChartReports.CrossingAt5000(report), Kpi = kpi };

        string kpis = Section(new HtmlReportWriter().Render(report), 2);
        string text = KpiReportWriterTests.Text(kpis);

        Assert.Contains("<tr><th>削減業務時間数／人件費（ゴールドセットによる推計）</th>", kpis, StringComparison.Ordinal);
        Assert.DoesNotContain("<tr><th>削減業務時間数／人件費</th>", kpis, StringComparison.Ordinal);
        // Wave 2026-10: NPS (100 + 0 − 100) / 3 = 0 points, its bounds signed.
        Assert.Matches(@"NPS 0\.0 ポイント \[-[\d.]+ ポイント, \+[\d.]+ ポイント\]（n=3）", text);
        Assert.Contains("NPS: NPS（%9–10 − %0–6、ポイント）", text, StringComparison.Ordinal);
        // 400 min/week × 52 / 12 / 60 = 28.9 hours × 20 USD = 577.78 USD: in the findings' currency, never yen.
        Assert.Matches(@"人件費換算 577\.78 USD \[", text);
        Assert.DoesNotMatch(@"人件費換算 [\d,]+ 円", text);
    }

    [Fact]
    public async Task The_gold_set_row_keeps_its_title_without_real_use()
    {
        RunReport report = await ChartReports.TwoProvidersAsync(folder);

        string kpis = Section(new HtmlReportWriter().Render(report with { Economics = ChartReports.CrossingAt5000(report) }), 2);

        Assert.Contains("<tr><th>削減業務時間数／人件費</th>", kpis, StringComparison.Ordinal);
        Assert.DoesNotContain("人件費換算", kpis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_kpi_provider_in_the_run_the_real_use_figures_span_the_columns_and_name_it()
    {
        string kpis = Section(new HtmlReportWriter().Render(await ReportAsync("platform-x")), 2);

        Assert.Contains("<tr><th>利用者満足度</th><td colspan=\"2\">platform-x（実利用）: 2026-12: 上位2段階 50.0% [", kpis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_kpi_detail_is_section_eleven_after_the_reliability_in_the_contents_with_the_gold_set_estimate_beside_the_real_use_ones_and_its_charts()
    {
        RunReport report = await ReportAsync("cand-a");
        string html = new HtmlReportWriter(HtmlCharts.For).Render(report);
        string detail = Section(html, 11);

        Assert.Contains("<li><a href=\"#s11\">11. 実利用の成果指標（詳細）</a></li>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>11. 実利用の成果指標（詳細）</h2>", detail, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"kpi-satisfaction\">利用者満足度</h3>", detail, StringComparison.Ordinal);
        Assert.Contains("(a) 職員アンケートによる自己申告", detail, StringComparison.Ordinal);
        Assert.Contains("(b) 実業務での計測", detail, StringComparison.Ordinal);
        Assert.Contains("(c) ゴールドセットによる推計（このテスト実行）", detail, StringComparison.Ordinal);
        Assert.Contains("テスト実行の正答率は「4. 正答率」にあります。", detail, StringComparison.Ordinal);
        Assert.Equal(6, Regex.Count(detail, "<svg"));
        Assert.DoesNotContain("<svg", Section(html, 2), StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;kpi&#39;)&lt;/script&gt;", detail, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(html, "<script", RegexOptions.IgnoreCase));
    }

    [Fact]
    public async Task The_report_with_kpis_renders_in_chromium_without_console_errors_or_policy_violations()
    {
        await new HtmlReportWriter(HtmlCharts.For).WriteAsync(await ReportAsync("cand-a"), folder.Path);

        IReadOnlyList<string> console = await HeadlessChromium.ConsoleMessagesAsync(folder.File("report.html"));

        Assert.Empty(console);
        File.Copy(folder.File("report.html"), Path.Combine(Path.GetTempPath(), "gaieval-report-with-kpi.html"), overwrite: true);
    }

    private static string Section(string html, int number)
    {
        int start = html.IndexOf($"<section id=\"s{number}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"section {number} missing");
        int end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    private async Task<RunReport> ReportAsync(string kpiProvider)
    {
        RunReport report = await ChartReports.TwoProvidersAsync(folder);
        return report with { Kpi = HandMadeKpi.All(kpiProvider) };
    }
}
