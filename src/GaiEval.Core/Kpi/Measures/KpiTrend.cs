namespace GaiEval.Core.Kpi.Measures;

/// <summary>
/// KPIs as ordered series for charts: satisfaction top-2 share and mean per wave (waves without users' answers left
/// out), active users and their share of eligible staff per month (months without a denominator left out of the share).
/// </summary>
public sealed record KpiTrend(
    IReadOnlyList<TrendPoint> SatisfactionTopTwo,
    IReadOnlyList<TrendPoint> SatisfactionMean,
    IReadOnlyList<TrendPoint> ActiveUsers,
    IReadOnlyList<TrendPoint> ActiveShare);
