namespace GaiEval.Reporting.Html;

using System.Text;
using GaiEval.Core.Analysis.Deployment;
using GaiEval.Reporting.Methods;
using GaiEval.Reporting.Summary;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>「候補の比較」: one column per candidate, the rows in groups, each group under a header row.</summary>
internal static class MethodComparisonTable
{
    public static void Write(StringBuilder html, DeploymentComparison comparison)
    {
        string? currency = comparison.Currency;
        var figures = new MethodFigures(
            Share,
            e => Figure(e, v => Number(v / 1000, "0.00") + " 秒") + $"（n={e.N}）",
            v => Money(v, currency),
            u => CostSection.Unit(u, v => Money(v, currency)));
        html.Append("<table class=\"wide\"><thead><tr><th>項目</th>");
        foreach (CandidateColumn candidate in comparison.Candidates)
        {
            html.Append("<th>").Append(E(candidate.Name)).Append("<br>").Append(E(MethodNames.Japanese(candidate.Method))).Append("</th>");
        }

        html.AppendLine("</tr></thead><tbody>");
        string? group = null;
        foreach (MethodRow row in MethodRows.All(comparison, figures))
        {
            if (row.Group != group)
            {
                group = row.Group;
                html.Append("<tr><th colspan=\"").Append(comparison.Candidates.Count + 1).Append("\">").Append(E(group)).AppendLine("</th></tr>");
            }

            html.Append("<tr><td>").Append(E(row.Label)).Append("</td>");
            for (int i = 0; i < row.Cells.Count; i++)
            {
                MethodRank rank = row.Marks.Count > i ? row.Marks[i] : MethodRank.None;
                html.Append(rank switch
                {
                    MethodRank.Best => "<td><span class=\"ok\">最高</span> ",
                    MethodRank.Worst => "<td><span class=\"ng\">最低</span> ",
                    _ => "<td>",
                }).Append(E(row.Cells[i])).Append("</td>");
            }

            html.AppendLine("</tr>");
        }

        html.AppendLine("</tbody></table>");
        html.AppendLine("<p class=\"note\">未記入: 計画の deployment（導入方式の情報）に書かれていない項目です。0 や「なし」とは限りません。"
            + "費用は計画の通貨で、一時費用を契約月数で月割りした額を月額に含めます。3年TCO は一時費用＋36か月分の運用の月額です。"
            + "用途別の正答率は、その行で最も高い候補に「最高」、最も低い候補に「最低」と記します。</p>");
    }
}
