namespace GaiEval.Reporting.Html;

using System.Text;
using GaiEval.Core.Analysis.Deployment;
using GaiEval.Reporting.Methods;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>「データの区分ごとの推奨」: the recommendation per data class with its reason, the rule, and every candidate's figures per class.</summary>
internal static class MethodRecommendationTable
{
    public static void Write(StringBuilder html, DeploymentComparison comparison, IReadOnlyDictionary<string, string> names)
    {
        html.AppendLine("<h3>データの区分ごとの推奨</h3>");
        MethodHtmlTables.Write(html, MethodRecommendationRows.Headers, MethodRecommendationRows.Rows(comparison, names), MethodRecommendationRows.RightAligned);
        html.AppendLine("<h3>推奨の決め方</h3>");
        foreach (string step in comparison.RecommendationRule)
        {
            html.Append("<p>").Append(E(step)).AppendLine("</p>");
        }

        html.AppendLine("<details><summary>区分ごとの各候補の数値（受け取れるか・正答率・月額）</summary>");
        MethodHtmlTables.Write(html, MethodRecommendationRows.DetailHeaders, MethodRecommendationRows.DetailRows(comparison, Share, v => Money(v, comparison.Currency)), MethodRecommendationRows.DetailRightAligned);
        html.AppendLine("</details>");
    }
}
