namespace GaiEval.Reporting.Kpi;

using System.Text;
using GaiEval.Core.Analysis;
using GaiEval.Reporting.Html;
using static GaiEval.Reporting.Html.HtmlText;
using static GaiEval.Reporting.Text.KpiText;

/// <summary>Shared pieces of the KPI detail: headings, a figure with its n, 「未測定」 with its reason, the methods under a table.</summary>
internal static class KpiHtml
{
    public const string NoEligible = "対象職員数が与えられていない";

    public static void Heading(StringBuilder html, int level, string text, string? id = null)
    {
        html.Append("<h").Append(level);
        if (id is not null)
        {
            html.Append(" id=\"").Append(E(id)).Append('"');
        }

        html.Append('>').Append(E(text)).Append("</h").Append(level).AppendLine(">");
    }

    public static void NotMeasuredParagraph(StringBuilder html, string why) =>
        html.Append("<p class=\"na\">").Append(E(NotMeasured(why))).AppendLine("</p>");

    /// <summary>The figure with its 95% interval (none for a census) and n; 「未測定」 with <paramref name="why"/> when there is none.</summary>
    public static string WithN(Estimate? estimate, Func<double, string> format, string why) =>
        estimate is { Value: not null } e ? $"{Figure(e, format)}（n={e.N}）" : NotMeasured(why);

    public static string PercentWithN(Estimate? estimate, string why) => WithN(estimate, v => Percent(v), why);

    public static string Count(long value) => Text.Numbers.Count(value);

    public static string Minutes(double value) => Number(value, "#,0.0") + " 分";

    public static void Paragraph(StringBuilder html, string text, string cssClass = "note") =>
        html.Append("<p class=\"").Append(cssClass).Append("\">").Append(E(text)).AppendLine("</p>");

    /// <summary>The distinct methods of the figures just shown, as a footnote: 「測定方法: …」.</summary>
    public static void Methods(StringBuilder html, IEnumerable<string?> methods)
    {
        List<string> distinct = [.. methods.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m!).Distinct(StringComparer.Ordinal)];
        if (distinct.Count == 0)
        {
            return;
        }

        html.Append("<ul class=\"note method\">");
        foreach (string method in distinct)
        {
            html.Append("<li>測定方法: ").Append(E(method)).Append("</li>");
        }

        html.AppendLine("</ul>");
    }

    public static void List(StringBuilder html, IEnumerable<string> lines, string cssClass = "note")
    {
        List<string> items = [.. lines];
        if (items.Count == 0)
        {
            return;
        }

        html.Append("<ul class=\"").Append(cssClass).Append("\">");
        foreach (string line in items)
        {
            html.Append("<li>").Append(E(line)).Append("</li>");
        }

        html.AppendLine("</ul>");
    }

    public static void OpenDetails(StringBuilder html, string summary) =>
        html.Append("<details><summary>").Append(E(summary)).AppendLine("</summary>");

    /// <summary>The charts given for this part (by key), inline.</summary>
    public static void Charts(StringBuilder html, KpiDetailOptions options, string key) =>
        HtmlDocument.WriteCharts(html, [.. options.Charts.Where(c => c.Key == key)]);

    public static void CloseDetails(StringBuilder html) => html.AppendLine("</details>");
}
