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
        var table = new HtmlTable(["区分（機密度・用途）", "項目数", "月間件数", "推奨", "理由"], [1]);
        foreach (DataClassRecommendation r in comparison.Recommendations)
        {
            table.Add(MethodLabels.Class(r.Class), Text.Numbers.Count(r.Items), MethodLabels.Volume(r), MethodLabels.Outcome(r, names), r.Reason);
        }

        table.WriteTo(html);
        html.AppendLine("<h3>推奨の決め方</h3>");
        foreach (string step in comparison.RecommendationRule)
        {
            html.Append("<p>").Append(E(step)).AppendLine("</p>");
        }

        html.AppendLine("<details><summary>区分ごとの各候補の数値（受け取れるか・正答率・月額）</summary>");
        var candidates = new HtmlTable(["区分", "候補", "受け取れるか", "正答率 [95%区間]", "品質で劣るとは言えない", "基準・判定", "月額（その取扱区分の件数で）"], [3, 6]);
        foreach (DataClassRecommendation r in comparison.Recommendations)
        {
            foreach (ClassCandidate c in r.Candidates)
            {
                candidates.Add(
                    MethodLabels.Class(r.Class),
                    c.Name,
                    c.MayHandle ? "受け取れる" : "受け取れない",
                    c.MayHandle ? Share(c.Accuracy) : "－（受け取れない）",
                    c.MayHandle ? (c.QualityComparable ? "はい" : "いいえ") : "－",
                    c.MayHandle ? (c.FailedGate ? "必須の基準が FAIL（除外）" : c.BelowCriterion ? "届かない" : r.AccuracyThreshold is null ? "－（基準なし）" : "届く") : "－",
                    !c.MayHandle ? "－" : c.MonthlyCost is { } cost ? Money(cost, comparison.Currency) : "－（未記入か計算できない）");
            }
        }

        candidates.WriteTo(html);
        html.AppendLine("</details>");
    }
}
