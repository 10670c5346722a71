namespace GaiEval.Reporting.Html;

using System.Text;
using GaiEval.Core.Analysis.Deployment;
using GaiEval.Reporting.Methods;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>「費用の感度」: the recommended candidate per data class and the break-even per pair under each cost scenario.</summary>
internal static class MethodSensitivityTable
{
    public static void Write(StringBuilder html, DeploymentComparison comparison, IReadOnlyDictionary<string, string> names, double planVolume)
    {
        CostSensitivity sensitivity = comparison.CostSensitivity;
        html.AppendLine("<h3>費用の感度</h3>");
        html.Append("<p>").Append(E(MethodLabels.SensitivityIntro)).AppendLine("</p>");
        MethodHtmlTables.Write(html, MethodSensitivityRows.Headers(sensitivity), MethodSensitivityRows.Rows(sensitivity, names));
        if (sensitivity.BreakEvens.Count == 0)
        {
            html.Append("<p class=\"note\">").Append(E(MethodLabels.NoBreakEven)).AppendLine("</p>");
            return;
        }

        MethodHtmlTables.Write(html, MethodSensitivityRows.BreakEvenHeaders(sensitivity), MethodSensitivityRows.BreakEvenRows(sensitivity, names));
        html.Append("<p class=\"note\">").Append(E(MethodLabels.BreakEvenNote(planVolume))).AppendLine("</p>");
    }
}
