namespace GaiEval.Reporting.Json;

using GaiEval.Core.Kpi.Measures;

/// <summary>利用者数／利用者割合 from the usage log in analysis.json, with how active users are counted.</summary>
public sealed record KpiUsersFacts(
    string Method,
    int Rows,
    int HarnessRows,
    IReadOnlyList<MonthlyActive> Months,
    IReadOnlyList<WeeklyActive> Weeks,
    UsageFunnel? Funnel,
    IReadOnlyList<MonthRetention> Retention)
{
    public const string MethodText = "利用ログの全数: 期間内に1回以上利用した職員（評価ハーネスの行は除外し harness_rows に別計上）、月は日本時間";

    public static KpiUsersFacts Of(UsersResult users) =>
        new(MethodText, users.Rows, users.HarnessRows, users.Months, users.Weeks, users.Funnel, users.Retention);
}
