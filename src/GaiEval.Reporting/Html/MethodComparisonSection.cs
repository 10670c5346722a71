namespace GaiEval.Reporting.Html;

using System.Globalization;
using System.Text;
using GaiEval.Core.Analysis.Deployment;
using GaiEval.Core.Reporting;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>
/// Section 3: the candidate methods side by side as the wards' report compares them, their differences on the items all of
/// them answered, the recommendation per data class with the rule, and how the cost conclusion moves with its assumptions.
/// </summary>
internal static class MethodComparisonSection
{
    public static void Write(StringBuilder html, RunReport report)
    {
        if (report.Deployment is not { } comparison)
        {
            html.AppendLine("<p>計画に導入候補（candidate: true）の提供先がないため、導入方式の比較はありません。</p>");
            return;
        }

        Dictionary<string, string> names = comparison.Candidates.ToDictionary(c => c.ProviderId, c => c.Name, StringComparer.Ordinal);
        html.AppendLine("<h3>候補の比較</h3>");
        MethodComparisonTable.Write(html, comparison);
        html.AppendLine("<h3>共通の項目での差</h3>");
        if (comparison.CommonComparisons.Count == 0)
        {
            html.AppendLine("<p>比べる候補の対がないか、すべての候補が回答し採点された項目がありません。</p>");
        }
        else
        {
            ComparisonSection.WritePairs(html, comparison.CommonComparisons, names);
            html.Append("<p class=\"note\">すべての候補が回答し採点された ").Append(E(Text.Numbers.Count(comparison.CommonCalls)))
                .Append(" 件（項目×反復）だけで比べます。受け取れる区分が違う候補も同じ項目で比べるためです（正確McNemar検定、Holm法で候補の対の間の多重比較を補正、有意水準 ")
                .Append(E(report.Analysis.SignificanceLevel.ToString("0.###", CultureInfo.InvariantCulture)))
                .AppendLine("）。</p>");
        }

        MethodRecommendationTable.Write(html, comparison, names);
        MethodSensitivityTable.Write(html, comparison, names);
        foreach (string note in comparison.Notes)
        {
            html.Append("<p class=\"note\">").Append(E(note)).AppendLine("</p>");
        }
    }
}
