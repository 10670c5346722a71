namespace GaiEval.Reporting.Methods;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Deployment;
using GaiEval.Reporting.Text;

/// <summary>The table of 「データの区分ごとの推奨」 and its details (every candidate's figures per class), for both outputs.</summary>
internal static class MethodRecommendationRows
{
    public static IReadOnlyList<string> Headers { get; } = ["区分（機密度・用途）", "項目数", "月間件数", "推奨", "理由"];

    public static IReadOnlySet<int> RightAligned { get; } = new HashSet<int> { 1 };

    /// <summary>The monthly cost is at the volume of the class's row above, which says whether it is the sensitivity's own or the plan's total.</summary>
    public static IReadOnlyList<string> DetailHeaders { get; } = ["区分", "候補", "受け取れるか", "正答率 [95%区間]", "品質で劣るとは言えない", "基準・判定", "月額（上の表の月間件数で）"];

    public static IReadOnlySet<int> DetailRightAligned { get; } = new HashSet<int> { 3, 6 };

    public static IEnumerable<IReadOnlyList<string>> Rows(DeploymentComparison comparison, IReadOnlyDictionary<string, string> names) =>
        comparison.Recommendations.Select(r => (IReadOnlyList<string>)
            [MethodLabels.Class(r.Class), Numbers.Count(r.Items), MethodLabels.Volume(r), MethodLabels.Outcome(r, names), r.Reason]);

    /// <param name="share">How the output writes a share with its interval and n.</param>
    /// <param name="money">How the output writes an amount in the plan's currency.</param>
    public static IEnumerable<IReadOnlyList<string>> DetailRows(DeploymentComparison comparison, Func<Estimate, string> share, Func<double, string> money) =>
        comparison.Recommendations.SelectMany(r => r.Candidates.Select(c => Detail(r, c, share, money)));

    private static IReadOnlyList<string> Detail(DataClassRecommendation r, ClassCandidate c, Func<Estimate, string> share, Func<double, string> money) =>
    [
        MethodLabels.Class(r.Class),
        c.Name,
        c.MayHandle ? "受け取れる" : "受け取れない",
        c.MayHandle ? share(c.Accuracy) : "－（受け取れない）",
        c.MayHandle ? (c.QualityComparable ? "はい" : "いいえ") : "－",
        c.MayHandle ? (c.FailedGate ? "必須の基準が FAIL（除外）" : c.BelowCriterion ? "届かない" : r.AccuracyThreshold is null ? "－（基準なし）" : "届く") : "－",
        !c.MayHandle ? "－" : c.MonthlyCost is { } cost ? money(cost) : "－（未記入か計算できない）",
    ];
}
