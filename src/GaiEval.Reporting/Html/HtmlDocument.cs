namespace GaiEval.Reporting.Html;

using System.Text;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Kpi;

/// <summary>
/// The page: head with the security policy and styles, the numbered contents, the twelve sections (thirteen with KPIs from
/// real use) with the summaries first and the item cards last, the filter script.
/// </summary>
internal static class HtmlDocument
{
    public static IReadOnlyList<(HtmlSection Section, string Title)> Sections { get; } =
    [
        (HtmlSection.Verdict, "結論"),
        (HtmlSection.Kpis, "成果指標（KPI）"),
        (HtmlSection.MethodComparison, MethodComparisonTitle),
        (HtmlSection.Accuracy, "正答率"),
        (HtmlSection.Comparisons, "提供先どうしの比較"),
        (HtmlSection.Latency, "応答時間とエラー"),
        (HtmlSection.Cost, "トークンと費用"),
        (HtmlSection.TimeSaved, "削減業務時間"),
        (HtmlSection.Risks, "リスク"),
        (HtmlSection.ScoringReliability, "自動採点の信頼性"),
        (HtmlSection.KpiDetail, KpiDetailTitle),
        (HtmlSection.RunFacts, "実行情報"),
        (HtmlSection.Drilldown, "項目別の詳細"),
    ];

    public const string KpiDetailTitle = "実利用の成果指標（詳細）";

    public const string MethodComparisonTitle = "導入方式の比較と推奨";

    public static string Render(RunReport report, IReadOnlyList<HtmlChart> charts, DrilldownSection drilldown)
    {
        using var output = new StringWriter();
        Write(output, report, charts, drilldown);
        return output.ToString();
    }

    /// <summary>Writes the page to <paramref name="output"/> section by section (an item card at a time in section 10), never holding it whole.</summary>
    public static void Write(TextWriter output, RunReport report, IReadOnlyList<HtmlChart> charts, DrilldownSection drilldown)
    {
        var html = new StringBuilder();
        string title = $"生成AI評価レポート: {report.Results.Run.PlanName}";
        WriteHead(html, title, DrilldownScript.Hash, drilldown.Paged ? HtmlStyles.ManyCardsCss : null);
        html.Append("<header><h1>").Append(HtmlText.E(title)).Append("</h1><p class=\"sub\">実行ID ")
            .Append(HtmlText.E(report.Results.Run.RunId)).AppendLine("</p>");
        List<(HtmlSection Section, string Title)> sections = [.. Sections.Where(s => s.Section != HtmlSection.KpiDetail || report.Kpi is not null)];
        html.Append("<nav><ol class=\"toc\">");
        foreach (((HtmlSection section, string name), int number) in sections.Select((s, i) => (s, i + 1)))
        {
            html.Append("<li><a href=\"#s").Append((int)section).Append("\">").Append(number).Append(". ").Append(HtmlText.E(name)).Append("</a></li>");
        }

        html.AppendLine("</ol></nav></header><main>");
        foreach (((HtmlSection section, string name), int number) in sections.Select((s, i) => (s, i + 1)))
        {
            html.Append("<section id=\"s").Append((int)section).Append("\"><h2>").Append(number).Append(". ")
                .Append(HtmlText.E(name)).AppendLine("</h2>");
            WriteCharts(html, charts.Where(c => c.Section == section && c.Key is null).ToList());
            if (section == HtmlSection.Accuracy)
            {
                WriteCharts(html, charts.Where(c => c.Section is null).ToList());
            }

            WriteSection(html, section, report, charts, drilldown, output);
            html.AppendLine("</section>");
            Flush(html, output);
        }

        html.AppendLine("</main>");
        html.Append("<script>").Append(DrilldownScript.Text).AppendLine("</script>");
        html.AppendLine("</body></html>");
        Flush(html, output);
    }

    /// <summary>Moves what <paramref name="html"/> holds to <paramref name="output"/> and empties it.</summary>
    public static void Flush(StringBuilder html, TextWriter output)
    {
        foreach (ReadOnlyMemory<char> chunk in html.GetChunks())
        {
            output.Write(chunk.Span);
        }

        html.Clear();
    }

    /// <summary>
    /// The doctype and head up to &lt;body&gt;: the security policy first (nothing may load; only the script of
    /// <paramref name="scriptHash"/> may run, none without), the viewport, the title and the inline styles, with
    /// <paramref name="moreCss"/> after them when given.
    /// </summary>
    public static void WriteHead(StringBuilder html, string title, string? scriptHash, string? moreCss = null)
    {
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"ja\"><head><meta charset=\"utf-8\">");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        if (scriptHash is not null)
        {
            html.Append("; script-src '").Append(scriptHash).Append('\'');
        }

        html.AppendLine("\">");
        html.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>").Append(HtmlText.E(title)).AppendLine("</title>");
        html.Append("<style>").Append(HtmlStyles.Css);
        if (moreCss is not null)
        {
            html.AppendLine().Append(moreCss);
        }

        html.AppendLine("</style></head><body>");
    }

    private static void WriteSection(
        StringBuilder html, HtmlSection section, RunReport report, IReadOnlyList<HtmlChart> charts, DrilldownSection drilldown, TextWriter output)
    {
        switch (section)
        {
            case HtmlSection.KpiDetail:
                KpiDetailHtml.Write(html, report.Kpi!, new KpiDetailOptions(3, [.. charts.Where(c => c.Section == section && c.Key is not null)], report));
                break;
            case HtmlSection.Verdict: VerdictSection.Write(html, report); break;
            case HtmlSection.Kpis: KpiSection.Write(html, report); break;
            case HtmlSection.MethodComparison: MethodComparisonSection.Write(html, report); break;
            case HtmlSection.Accuracy: AccuracySection.Write(html, report); break;
            case HtmlSection.Comparisons: ComparisonSection.Write(html, report); break;
            case HtmlSection.Latency: LatencySection.Write(html, report); break;
            case HtmlSection.Cost: CostSection.Write(html, report); break;
            case HtmlSection.TimeSaved: TimeSavedSection.Write(html, report); break;
            case HtmlSection.Risks: RiskSection.Write(html, report); break;
            case HtmlSection.Drilldown: drilldown.Write(html, output); break;
            case HtmlSection.ScoringReliability: ReliabilitySection.Write(html, report); break;
            default: RunFactsSection.Write(html, report); break;
        }
    }

    public static void WriteCharts(StringBuilder html, IReadOnlyList<HtmlChart> charts)
    {
        foreach (HtmlChart chart in charts)
        {
            html.Append("<figure>").Append(InlineSvg.Checked(chart.Svg)).Append("<figcaption>").Append(HtmlText.E(chart.Title))
                .AppendLine("</figcaption></figure>");
        }
    }
}
