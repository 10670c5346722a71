namespace GaiEval.Core.Kpi.Measures;

/// <summary>
/// 入出力トークン数 from the usage log (harness rows excluded and counted apart): overall, per month (JST), per use and
/// per department; per user, the spread of each user's totals over the whole data, over the users whose rows give a count. Costs in <see cref="Currency"/>.
/// </summary>
public sealed record TokensResult(
    int HarnessRows,
    TokenTotals Overall,
    IReadOnlyList<TokenGroup> ByMonth,
    IReadOnlyList<TokenGroup> ByUse,
    IReadOnlyList<TokenGroup> ByDepartment,
    TokenSpread? InputPerUser,
    TokenSpread? OutputPerUser,
    string? Currency);
