namespace GaiEval.Reporting.Summary;

using GaiEval.Core.Analysis;
using GaiEval.Reporting.Text;

/// <summary>The columns of the per-provider summary, shared by the terminal table and summary.md.</summary>
public static class SummaryColumns
{
    public static IReadOnlyList<string> Headers { get; } =
    [
        "提供先", "方式", "採点数", "正答率 [95%信頼区間]", "拒否の正答", "平均char-F1", "応答p50", "応答p95", "入力トークン", "出力トークン",
        "失敗", "送信対象外", "未採点", "判定保留",
    ];

    public static IReadOnlyList<bool> RightAligned { get; } =
        [false, false, true, true, true, true, true, true, true, true, true, true, true, true];

    public static IReadOnlyList<string> Cells(ProviderSummary p) =>
    [
        p.ProviderId,
        MethodNames.Japanese(p.Method),
        p.Accuracy.N.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Numbers.WithInterval(p.Accuracy),
        Numbers.Fraction(p.RefusalAccuracy),
        Numbers.Decimal(p.MeanCharF1),
        Numbers.Milliseconds(p.LatencyP50Ms),
        Numbers.Milliseconds(p.LatencyP95Ms),
        Tokens(p.MeanInputTokens, p.TokensEstimated),
        Tokens(p.MeanOutputTokens, p.TokensEstimated),
        Count(p.Failed),
        Count(p.Withheld),
        Count(p.Unscored),
        Count(p.RuleUndecided),
    ];

    private static string Tokens(double? mean, bool estimated) =>
        mean is null ? "－" : Numbers.Decimal(mean, "0") + (estimated ? "*" : string.Empty);

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
