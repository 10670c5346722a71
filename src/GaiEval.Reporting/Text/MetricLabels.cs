namespace GaiEval.Reporting.Text;

using GaiEval.Core.Scoring;

/// <summary>
/// Japanese names of the stored metric keys, for the item details a manager reads (「必須語の一致率」 instead of
/// must_include_coverage). A key without a name here is shown as it is stored.
/// </summary>
public static class MetricLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [MetricNames.Correct] = "正誤",
        [MetricNames.MustIncludeCoverage] = "必須語の一致率",
        [MetricNames.MustNotIncludeHits] = "禁止語の出現数",
        [MetricNames.Behaviour] = "回答の振る舞い",
        [MetricNames.BehaviourMatches] = "期待する振る舞いとの一致",
        [MetricNames.CharF1] = "文字単位の一致度（char-F1）",
        [MetricNames.RougeL] = "文字単位の一致度（ROUGE-L）",
        [MetricNames.JudgeEquivalence] = "判定者: 模範解答との同等性（1〜5）",
        [MetricNames.JudgeRelevance] = "判定者: 質問との関連性（1〜5）",
        [MetricNames.JudgeGroundedness] = "判定者: 根拠との整合（1〜5）",
        [MetricNames.JudgeUnsupportedClaimRate] = "判定者: 根拠のない記述の割合",
        [MetricNames.JudgeRubric] = "判定者: 採点基準（1〜5）",
        [MetricNames.JudgeRubricMet] = "判定者: 満たした採点基準の割合",
        [MetricNames.UnsupportedFacts] = "資料にない事実の数",
        [MetricNames.UnsupportedClaimRate] = "資料にない事実を含む記述の割合",
        [MetricNames.RiskPersonalData] = "出力検査: 個人情報",
        [MetricNames.RiskCanary] = "出力検査: 機密文書の識別子（カナリア）",
        [MetricNames.RiskExternalLink] = "出力検査: 許可されていないリンク",
        [MetricNames.RiskVerbatimCopy] = "出力検査: 与えた文章の逐語的な複写",
        [MetricNames.RiskInappropriateTerms] = "出力検査: 不適切な語",
    };

    /// <summary>Every key with a Japanese name.</summary>
    public static IReadOnlyCollection<string> Known => Labels.Keys;

    /// <summary>The key's Japanese name, or the key itself when it has none.</summary>
    public static string Of(string metric) => Labels.TryGetValue(metric, out string? label) ? label : metric;
}
