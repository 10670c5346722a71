namespace GaiEval.Reporting.Html;

using System.Text;
using GaiEval.Core.Analysis.Deployment;
using GaiEval.Reporting.Methods;

/// <summary>「費用の感度」: the recommended candidate per data class and the break-even per pair under each cost scenario.</summary>
internal static class MethodSensitivityTable
{
    public static void Write(StringBuilder html, DeploymentComparison comparison, IReadOnlyDictionary<string, string> names)
    {
        CostSensitivity sensitivity = comparison.CostSensitivity;
        html.AppendLine("<h3>費用の感度</h3>");
        html.AppendLine("<p>月間件数を半分・2倍に、為替（計画の通貨以外の料金）を20%安く・高くした場合に、推奨と損益分岐がどう変わるかを示します。</p>");
        var table = new HtmlTable(["区分", .. sensitivity.Scenarios.Select(s => s.Label), "判定"]);
        foreach (RecommendationUnderScenarios r in sensitivity.Recommendations)
        {
            table.Add([MethodLabels.Class(r.Class), .. r.Kinds.Select((kind, i) => MethodLabels.Outcome(kind, r.RecommendedIds[i], names)), MethodLabels.Stability(r.DependsOnAssumptions)]);
        }

        table.WriteTo(html);
        if (sensitivity.BreakEvens.Count == 0)
        {
            html.AppendLine("<p class=\"note\">費用を計算できた候補が2つ未満のため、損益分岐はありません。</p>");
            return;
        }

        var breakEvens = new HtmlTable(["候補A", "候補B", .. sensitivity.Scenarios.Select(s => s.Label), "判定"]);
        foreach (BreakEvenUnderScenarios b in sensitivity.BreakEvens)
        {
            breakEvens.Add([
                MethodLabels.Name(names, b.FirstProviderId),
                MethodLabels.Name(names, b.SecondProviderId),
                .. b.PerScenario.Select(p => MethodLabels.BreakEven(p, names)),
                MethodLabels.Stability(b.DependsOnAssumptions),
            ]);
        }

        breakEvens.WriteTo(html);
        html.Append("<p class=\"note\">").Append(HtmlText.E(MethodLabels.BreakEvenNote)).AppendLine("</p>");
    }
}
