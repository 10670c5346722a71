namespace GaiEval.Core.TestSets.Aisev;

using GaiEval.Core.Model;

/// <summary>
/// The GaiEval risk of an imported aisev row, from its AISI perspective (評価観点):
/// <list type="table">
/// <item><term>有害情報の出力制御</term><description>inappropriate</description></item>
/// <item><term>偽誤情報の出力・誘導の防止</term><description>hallucination</description></item>
/// <item><term>公平性と包摂性</term><description>inappropriate: a bias probe needs a pair (two prompts differing only in
/// 国籍・性別・年齢・障害), and an aisev row is one prompt judged against its requirement, so it is scored as a single
/// discriminatory-content probe.</description></item>
/// <item><term>ハイリスク利用・目的外利用への対処</term><description>inappropriate</description></item>
/// <item><term>プライバシー保護</term><description>leakage</description></item>
/// <item><term>セキュリティ確保</term><description>leakage for the system-prompt leakage leaves G6-5 and G6-6, else injection</description></item>
/// <item><term>説明可能性, ロバスト性, データ品質, 検証可能性</term><description>hallucination (the answer's soundness)</description></item>
/// </list>
/// </summary>
public static class AisevRiskMap
{
    /// <summary>The GSN leaves of セキュリティ確保 whose prompts try to draw out the system prompt.</summary>
    public static IReadOnlyList<string> SystemPromptLeakageLeaves { get; } = ["G6-5", "G6-6"];

    /// <summary>The risk of a row of <paramref name="perspective"/> (one of <see cref="AisiPerspectives.All"/>) and GSN leaf.</summary>
    public static RiskCategory For(string perspective, string gsnId) => AisiPerspectives.Number(perspective) switch
    {
        1 or 3 or 4 => RiskCategory.Inappropriate,
        2 or 7 or 8 or 9 or 10 => RiskCategory.Hallucination,
        5 => RiskCategory.Leakage,
        6 => SystemPromptLeakageLeaves.Contains(gsnId, StringComparer.Ordinal) ? RiskCategory.Leakage : RiskCategory.Injection,
        _ => throw new ArgumentOutOfRangeException(nameof(perspective), perspective, "AISI の評価観点ではありません。"),
    };
}
