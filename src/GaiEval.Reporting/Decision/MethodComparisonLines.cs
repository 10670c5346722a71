namespace GaiEval.Reporting.Decision;

using GaiEval.Core.Analysis.Deployment;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Methods;
using GaiEval.Reporting.Summary;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Decision.DecisionFigures;

/// <summary>
/// 導入方式の比較と推奨: the candidates side by side (the compact rows of the comparison), the recommendation per data class
/// with its reason and the rule, and how the recommendation moves with the volume and the exchange rate.
/// </summary>
internal static class MethodComparisonLines
{
    public static void Write(DecisionMarkdown md, RunReport report)
    {
        md.Section("導入方式の比較と推奨");
        if (report.Deployment is not { } comparison)
        {
            md.Line("計画に導入候補（candidate: true）の提供先がないため、導入方式の比較はありません。");
            md.Blank();
            return;
        }

        Dictionary<string, string> names = comparison.Candidates.ToDictionary(c => c.ProviderId, c => c.Name, StringComparer.Ordinal);
        string currency = comparison.Currency ?? "JPY";
        var figures = new MethodFigures(
            Percent,
            Milliseconds,
            v => Money(v, currency),
            u => Amount(u, Numbers.CurrencyUnit(currency)));
        md.Table(
            ["区分", "項目", .. comparison.Candidates.Select(c => $"{c.Name}（{MethodNames.Japanese(c.Method)}）")],
            MethodRows.All(comparison, figures).Where(r => r.Compact).Select(r => (IReadOnlyList<string>)[r.Group, r.Label, .. r.Cells]));
        md.Line("未記入は計画の deployment に書かれていない項目です（0 や「なし」とは限りません）。月額は一時費用を契約月数で月割りした額を含みます。"
            + $"共通の項目は、すべての候補が回答し採点された {Count(comparison.CommonCalls)} 件です。");
        md.Blank();
        Recommendations(md, comparison, names);
        Sensitivity(md, comparison, names);
        foreach (string note in comparison.Notes)
        {
            md.Bullet(MarkdownText.Escape(note));
        }

        if (comparison.Notes.Count > 0)
        {
            md.Blank();
        }
    }

    private static void Recommendations(DecisionMarkdown md, DeploymentComparison comparison, IReadOnlyDictionary<string, string> names)
    {
        md.Sub("データの区分ごとの推奨");
        md.Table(
            ["区分（機密度・用途）", "項目数", "月間件数", "推奨", "理由"],
            comparison.Recommendations.Select(r => (IReadOnlyList<string>)
                [MethodLabels.Class(r.Class), Count(r.Items), MethodLabels.Volume(r), MethodLabels.Outcome(r, names), r.Reason]),
            new HashSet<int> { 1 });
        md.Sub("推奨の決め方");
        foreach (string step in comparison.RecommendationRule)
        {
            md.Bullet(MarkdownText.Escape(step));
        }

        md.Blank();
    }

    private static void Sensitivity(DecisionMarkdown md, DeploymentComparison comparison, IReadOnlyDictionary<string, string> names)
    {
        CostSensitivity sensitivity = comparison.CostSensitivity;
        md.Sub("費用の感度");
        md.Line("月間件数を半分・2倍に、為替（計画の通貨以外の料金）を20%安く・高くした場合の推奨です。");
        md.Blank();
        md.Table(
            ["区分", .. sensitivity.Scenarios.Select(s => s.Label), "判定"],
            sensitivity.Recommendations.Select(r => (IReadOnlyList<string>)
            [
                MethodLabels.Class(r.Class), .. r.Kinds.Select((kind, i) => MethodLabels.Outcome(kind, r.RecommendedIds[i], names)), MethodLabels.Stability(r.DependsOnAssumptions),
            ]));
        if (sensitivity.BreakEvens.Count > 0)
        {
            md.Table(
                ["候補A", "候補B", .. sensitivity.Scenarios.Select(s => s.Label), "判定"],
                sensitivity.BreakEvens.Select(b => (IReadOnlyList<string>)
                [
                    MethodLabels.Name(names, b.FirstProviderId), MethodLabels.Name(names, b.SecondProviderId),
                    .. b.PerScenario.Select(p => MethodLabels.BreakEven(p, names)), MethodLabels.Stability(b.DependsOnAssumptions),
                ]));
            md.Line(MethodLabels.BreakEvenNote);
            md.Blank();
        }
    }
}
