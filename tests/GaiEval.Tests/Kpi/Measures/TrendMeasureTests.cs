namespace GaiEval.Tests.Kpi.Measures;

using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Measures;

public sealed class TrendMeasureTests
{
    private static readonly Dictionary<string, int> Eligible = new() { ["総務課"] = 4 };

    [Fact]
    public void Puts_satisfaction_per_wave_and_users_per_month_in_order()
    {
        // Wave 2026-12 is given first. 2026-10: users 5, 4, 3 → top-2 2/3, mean 4; 2026-12: users 2, 5 → 1/2, mean 3.5.
        SurveyResponse[] responses =
        [
            Scored("2026-12", 2), Scored("2026-12", 5), Scored("2026-10", 5), Scored("2026-10", 4), Scored("2026-10", 3),
        ];

        // October: u1 u2 → 2, share 2/4; November: u1 → 1, share 1/4.
        UsageEvent[] events =
        [
            Used("u1", 11, 5), Used("u1", 10, 5), Used("u2", 10, 6),
        ];

        KpiTrend trend = TrendMeasure.Of(SatisfactionMeasure.Measure(responses, Eligible), UsersMeasure.Measure(events, Eligible));

        Assert.Equal(["2026-10", "2026-12"], trend.SatisfactionTopTwo.Select(p => p.Period));
        WilsonByHand.AssertInterval(2, 3, trend.SatisfactionTopTwo[0].Value);
        WilsonByHand.AssertInterval(1, 2, trend.SatisfactionTopTwo[1].Value);
        Assert.Equal([4.0, 3.5], trend.SatisfactionMean.Select(p => p.Value.Value!.Value));
        Assert.Equal(["2026-10", "2026-11"], trend.ActiveUsers.Select(p => p.Period));
        Assert.Equal([2.0, 1.0], trend.ActiveUsers.Select(p => p.Value.Value!.Value));
        Assert.Equal([0.5, 0.25], trend.ActiveShare.Select(p => p.Value.Value!.Value));
    }

    [Fact]
    public void Is_empty_without_data()
    {
        KpiTrend trend = TrendMeasure.Of(null, null);

        Assert.Empty(trend.SatisfactionTopTwo);
        Assert.Empty(trend.ActiveShare);
    }

    private static SurveyResponse Scored(string wave, int satisfaction) =>
        new() { Wave = wave, Respondent = Guid.NewGuid().ToString("N"), Department = "総務課", Used = true, Satisfaction = satisfaction };

    private static UsageEvent Used(string user, int month, int day) =>
        new() { Timestamp = new DateTimeOffset(2026, month, day, 1, 0, 0, TimeSpan.Zero), User = user, Department = "総務課" };
}
