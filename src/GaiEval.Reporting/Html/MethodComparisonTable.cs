namespace GaiEval.Reporting.Html;

using System.Text;
using GaiEval.Core.Analysis.Deployment;
using GaiEval.Reporting.Methods;
using GaiEval.Reporting.Summary;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>「候補の比較」: one column per candidate, the rows in groups, each group under a header row.</summary>
internal static class MethodComparisonTable
{
    public static void Write(StringBuilder html, DeploymentComparison comparison, double? planVolume)
    {
        string? currency = comparison.Currency;
        var format = new MethodFormat(
            Share,
            e => Figure(e, v => Number(v / 1000, "0.00") + " 秒") + $"（n={e.N}）",
            v => Money(v, currency),
            u => CostSection.Unit(u, v => Money(v, currency)));
        html.Append("<div class=\"scroll\"><table class=\"wide\"><thead><tr><th>項目</th>");
        foreach (CandidateColumn candidate in comparison.Candidates)
        {
            html.Append("<th>").Append(E(candidate.Name)).Append("<br>").Append(E(MethodNames.Japanese(candidate.Method))).Append("</th>");
        }

        html.AppendLine("</tr></thead><tbody>");
        string? group = null;
        foreach (MethodRow row in MethodRows.All(comparison, format))
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
                    MethodRank.Best => $"<td><span class=\"ok\">{MethodLabels.BestMark}</span> ",
                    MethodRank.Worst => $"<td><span class=\"ng\">{MethodLabels.WorstMark}</span> ",
                    _ => "<td>",
                }).Append(E(row.Cells[i])).Append("</td>");
            }

            html.AppendLine("</tr>");
        }

        html.AppendLine("</tbody></table></div>");
        html.Append("<p class=\"note\">").Append(E(MethodLabels.TableNote(planVolume))).AppendLine("</p>");
    }
}
