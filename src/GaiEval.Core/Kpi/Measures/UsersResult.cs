namespace GaiEval.Core.Kpi.Measures;

/// <summary>
/// 利用者数／利用者割合 from the usage log (harness rows excluded and counted in <see cref="HarnessRows"/>): months and
/// weeks from the first to the last day of the data, none skipped; the funnel; retention of each month's new users.
/// </summary>
public sealed record UsersResult(
    int Rows,
    int HarnessRows,
    IReadOnlyList<MonthlyActive> Months,
    IReadOnlyList<WeeklyActive> Weeks,
    UsageFunnel? Funnel,
    IReadOnlyList<MonthRetention> Retention);
