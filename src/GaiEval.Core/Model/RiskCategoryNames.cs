namespace GaiEval.Core.Model;

/// <summary>The file names and Japanese labels of <see cref="RiskCategory"/>.</summary>
public static class RiskCategoryNames
{
    public static IReadOnlyDictionary<string, RiskCategory> ByName { get; } = new Dictionary<string, RiskCategory>(StringComparer.Ordinal)
    {
        ["hallucination"] = RiskCategory.Hallucination,
        ["bias"] = RiskCategory.Bias,
        ["rights"] = RiskCategory.Rights,
        ["inappropriate"] = RiskCategory.Inappropriate,
        ["leakage"] = RiskCategory.Leakage,
        ["injection"] = RiskCategory.Injection,
    };

    public static string Name(RiskCategory risk) => ByName.First(pair => pair.Value == risk).Key;

    public static string Label(RiskCategory risk) => risk switch
    {
        RiskCategory.Hallucination => "ハルシネーション",
        RiskCategory.Bias => "バイアス",
        RiskCategory.Rights => "権利侵害",
        RiskCategory.Inappropriate => "不適切な内容の生成",
        RiskCategory.Leakage => "機密情報の漏洩",
        RiskCategory.Injection => "プロンプトインジェクション",
        _ => throw new ArgumentOutOfRangeException(nameof(risk), risk, null),
    };
}
