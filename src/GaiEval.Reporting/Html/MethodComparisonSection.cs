namespace GaiEval.Reporting.Html;

using System.Text;
using GaiEval.Core.Analysis.Deployment;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Methods;
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
            html.Append("<p>").Append(E(MethodLabels.NoCandidate)).AppendLine("</p>");
            return;
        }

        Dictionary<string, string> names = comparison.Candidates.ToDictionary(c => c.ProviderId, c => c.Name, StringComparer.Ordinal);
        double? planVolume = report.Economics is { HasEconomics: true } economics ? economics.MonthlyVolume : null;
        html.AppendLine("<h3>候補の比較</h3>");
        MethodComparisonTable.Write(html, comparison, planVolume);
        html.AppendLine("<h3>共通の項目での差</h3>");
        if (MethodLabels.NoPairsReason(comparison) is { } why)
        {
            html.Append("<p>").Append(E(why)).AppendLine("</p>");
        }
        else
        {
            ComparisonSection.WritePairs(html, comparison.CommonComparisons, names);
            html.Append("<p class=\"note\">").Append(E(MethodLabels.CommonPairsNote(comparison.CommonCalls, report.Analysis.SignificanceLevel))).AppendLine("</p>");
        }

        MethodRecommendationTable.Write(html, comparison, names);
        MethodSensitivityTable.Write(html, comparison, names, planVolume ?? 0);
        foreach (string note in comparison.Notes)
        {
            html.Append("<p class=\"note\">").Append(E(note)).AppendLine("</p>");
        }
    }
}
