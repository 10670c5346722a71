namespace GaiEval.Reporting.Kpi;

using System.Text;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Reporting.Charts;
using GaiEval.Reporting.Html;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>
/// Writes kpi-report.html: the KPIs from real use alone, with charts, for a manager who has no test run yet. One
/// self-contained Japanese page like report.html (inline styles and SVG, a policy that loads and runs nothing).
/// </summary>
public sealed class KpiReportWriter
{
    public const string Title = "生成AI 実利用の成果指標（KPI）";

    private static readonly (string Id, string Name)[] Contents =
    [
        ("kpi-satisfaction", "利用者満足度"),
        ("kpi-users", "利用者数／利用者割合"),
        ("kpi-tokens", "入出力トークン数"),
        ("kpi-time-saved", "削減業務時間数／人件費"),
        ("kpi-feedback", "正答率（ユーザーの評価）"),
        ("kpi-sources", "データの出典と注意"),
    ];

    private readonly Func<KpiFindings, IReadOnlyList<HtmlChart>> charts;

    /// <summary>Draws the KPI charts in the Japanese font found (or ASCII labels with a notice).</summary>
    public KpiReportWriter()
        : this(findings => KpiCharts.ForHtml(findings, ChartFonts.Resolve()))
    {
    }

    /// <summary>Shows the charts given for each findings (matched to their tables by <see cref="HtmlChart.Key"/>).</summary>
    public KpiReportWriter(Func<KpiFindings, IReadOnlyList<HtmlChart>> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        this.charts = charts;
    }

    public string FileName => "kpi-report.html";

    public async Task WriteAsync(KpiFindings findings, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, FileName), Render(findings), new UTF8Encoding(false), cancellationToken)
            .ConfigureAwait(false);
    }

    public string Render(KpiFindings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var html = new StringBuilder();
        HtmlDocument.WriteHead(html, Title, scriptHash: null);
        html.Append("<header><h1>").Append(E(Title)).Append("</h1><p class=\"sub\">期間 ").Append(E(KpiSourcesHtml.Period(findings)));
        if (findings.Provider is not null)
        {
            html.Append(" ／ 実利用の提供先 ").Append(E(findings.Provider));
        }

        html.AppendLine("</p>");
        html.Append("<nav><ol>");
        foreach ((string id, string name) in Contents)
        {
            html.Append("<li><a href=\"#").Append(id).Append("\">").Append(E(name)).Append("</a></li>");
        }

        html.AppendLine("</ol></nav></header><main>");
        html.Append("<p class=\"note\">").Append(E("職員アンケート・利用ログ・業務時間の実測から計算した実利用の数値です。どの数値にも測定方法と n を添え、データのない指標は「未測定」と理由を示します（0 とは表示しません）。")).AppendLine("</p>");
        KpiDetailHtml.Write(html, findings, new KpiDetailOptions(2, charts(findings)));
        html.AppendLine("</main></body></html>");
        return html.ToString();
    }
}
