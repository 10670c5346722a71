namespace GaiEval.Reporting.Json;

using GaiEval.Core.Kpi.Measures;

/// <summary>
/// 入出力トークン数 from the usage log in analysis.json: per month, use and department (a use or department of fewer than five
/// users withheld), the per-user spread, and cost.
/// </summary>
public sealed record KpiTokensFacts(
    string Method,
    int HarnessRows,
    TokenTotals Overall,
    IReadOnlyList<TokenGroup> ByMonth,
    IReadOnlyList<TokenGroupFacts> ByUse,
    IReadOnlyList<TokenGroupFacts> ByDepartment,
    TokenSpread? InputPerUser,
    TokenSpread? OutputPerUser,
    string? Currency)
{
    public const string MethodText = "利用ログの全数（評価ハーネスの行は除外）; 1回あたりはトークン数のある行の平均; 1人あたりは期間全体の利用者ごとの合計の分布; 費用は計画の単価";

    public static KpiTokensFacts Of(TokensResult tokens) =>
        new(MethodText, tokens.HarnessRows, tokens.Overall, tokens.ByMonth, [.. tokens.ByUse.Select(TokenGroupFacts.Of)], [.. tokens.ByDepartment.Select(TokenGroupFacts.Of)], tokens.InputPerUser, tokens.OutputPerUser,
            tokens.Currency);
}
