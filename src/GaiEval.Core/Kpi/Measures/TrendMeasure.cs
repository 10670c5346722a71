namespace GaiEval.Core.Kpi.Measures;

using GaiEval.Core.Analysis;

/// <summary>Turns the per-wave and per-month results into ordered series (<see cref="KpiTrend"/>).</summary>
public static class TrendMeasure
{
    public const string ActiveUsersMethod = "月間アクティブ利用者数（利用ログの全数）";

    public static KpiTrend Of(SatisfactionResult? satisfaction, UsersResult? users)
    {
        IReadOnlyList<WaveSatisfaction> waves = satisfaction?.Waves ?? [];
        IReadOnlyList<MonthlyActive> months = users?.Months ?? [];
        return new KpiTrend(
            [.. waves.Where(w => w.Users.N > 0).Select(w => new TrendPoint(w.Wave, w.Users.TopTwo))],
            [.. waves.Where(w => w.Users.Mean is not null).Select(w => new TrendPoint(w.Wave, w.Users.Mean!))],
            [.. months.Select(m => new TrendPoint(m.Month, Estimate.Exact(m.ActiveUsers, m.ActiveUsers, ActiveUsersMethod)))],
            [.. months.Where(m => m.Share.Total.Rate is not null).Select(m => new TrendPoint(m.Month, m.Share.Total.Rate!))]);
    }
}
