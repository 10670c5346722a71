namespace GaiEval.Tests.Kpi.Measures;

using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Measures;

public sealed class TokensMeasureTests
{
    private static readonly UsageTokenPrices Prices = new(150, 600, "円");

    // e1, e2: u1 総務課 October (1000/500, 3000/1500, 文書作成); e3: u2 税務課 at 2026-10-31 23:30 UTC = November in JST
    // (2000/1000, 添削・翻訳); e4: u2 November, no counts; e5: u3 総務課 November (6000/0, no use); e6: u4 企画課, no counts;
    // the harness's million tokens never count.
    private static readonly UsageEvent[] Events =
    [
        Request("u1", "総務課", Utc(10, 1, 1), 1000, 500, "文書作成"),
        Request("u1", "総務課", Utc(10, 2, 1), 3000, 1500, "文書作成"),
        Request("u2", "税務課", new DateTimeOffset(2026, 10, 31, 23, 30, 0, TimeSpan.Zero), 2000, 1000, "添削・翻訳"),
        Request("u2", "税務課", Utc(11, 5, 1), null, null, null),
        Request("u3", "総務課", Utc(11, 6, 1), 6000, 0, null),
        Request("u4", "企画課", Utc(11, 7, 1), null, null, null),
        Request("gaieval", "総務課", Utc(10, 3, 1), 1_000_000, 1_000_000, "文書作成") with { FromHarness = true },
    ];

    [Fact]
    public void Totals_and_means_per_request_leave_out_the_harness_and_rows_without_counts()
    {
        TokensResult result = TokensMeasure.Measure(Events, Prices);

        // Input 1000 + 3000 + 2000 + 6000 = 12000 over 4 counted rows (mean 3000); output 500 + 1500 + 1000 + 0 = 3000
        // (mean 750); cost 12000 / 1e6 × 150 + 3000 / 1e6 × 600 = 1.8 + 1.8 = 3.6 円.
        TokenTotals all = result.Overall;
        Assert.Equal((1, 6, 4, 12000L, 3000L, 4, 4), (result.HarnessRows, all.Requests, all.Users, all.Input, all.Output, all.InputN, all.OutputN));
        Assert.Equal((3000.0, 750.0), (all.MeanInput!.Value, all.MeanOutput!.Value));
        Assert.Equal(3.6, all.Cost!.Value, 9);
        Assert.Equal("円", result.Currency);
    }

    [Fact]
    public void Groups_by_month_in_japan_time_by_use_and_by_department()
    {
        TokensResult result = TokensMeasure.Measure(Events, Prices);

        // October e1 e2: 4000 / 2000, cost 0.6 + 1.2 = 1.8. November e3 e4 e5 e6: 8000 / 1000 over 2 counted rows
        // (mean input 4000), 2 users with counts of 3, cost 1.2 + 0.6 = 1.8.
        Assert.Equal(["2026-10", "2026-11"], result.ByMonth.Select(g => g.Key));
        TokenTotals october = result.ByMonth[0].Totals;
        TokenTotals november = result.ByMonth[1].Totals;
        Assert.Equal((2, 4000L, 2000L), (october.Requests, october.Input, october.Output));
        Assert.Equal(1.8, october.Cost!.Value, 9);
        Assert.Equal((4, 3, 8000L, 1000L, 2), (november.Requests, november.Users, november.Input, november.Output, november.InputN));
        Assert.Equal(4000.0, november.MeanInput!.Value);
        Assert.Equal(1.8, november.Cost!.Value, 9);

        // 文書作成 4000 / 2000; 添削・翻訳 2000 / 1000; no use e4 e5 e6: 6000 / 0 with one counted row.
        Assert.Equal((4000L, 2000L), Totals(result.ByUse, "文書作成"));
        Assert.Equal((2000L, 1000L), Totals(result.ByUse, "添削・翻訳"));
        Assert.Equal((6000L, 0L), Totals(result.ByUse, TokensMeasure.UnknownUse));
        Assert.Equal(1, result.ByUse.Single(g => g.Key == TokensMeasure.UnknownUse).Totals.InputN);

        // 総務課 e1 e2 e5: 10000 / 2000; 税務課 e3 e4: 2000 / 1000; 企画課 e6: nothing counted, no mean.
        Assert.Equal((10000L, 2000L), Totals(result.ByDepartment, "総務課"));
        Assert.Equal((2000L, 1000L), Totals(result.ByDepartment, "税務課"));
        Assert.Null(result.ByDepartment.Single(g => g.Key == "企画課").Totals.MeanInput);
    }

    [Fact]
    public void Spreads_each_users_totals_over_the_users_with_counts()
    {
        TokensResult result = TokensMeasure.Measure(Events, Prices);

        // Input per user: u1 4000, u2 2000, u3 6000 (u4 has no count) → sorted 2000, 4000, 6000: mean 4000, p50 4000,
        // p90 at position (3 − 1) × 0.9 = 1.8 → 4000 + 0.8 × 2000 = 5600. Output: 0, 1000, 2000 → 1000, 1000, 1800.
        Assert.Equal(new TokenSpread(3, 4000, 4000, 5600), result.InputPerUser);
        Assert.Equal(3, result.OutputPerUser!.N);
        Assert.Equal((1000.0, 1000.0), (result.OutputPerUser.Mean, result.OutputPerUser.P50));
        Assert.Equal(1800, result.OutputPerUser.P90, 9);
    }

    [Fact]
    public void Without_prices_there_is_no_cost()
    {
        TokensResult result = TokensMeasure.Measure(Events);

        Assert.Null(result.Overall.Cost);
        Assert.Null(result.Currency);
        Assert.All(result.ByMonth, g => Assert.Null(g.Totals.Cost));
    }

    private static (long Input, long Output) Totals(IReadOnlyList<TokenGroup> groups, string key)
    {
        TokenTotals totals = groups.Single(g => g.Key == key).Totals;
        return (totals.Input, totals.Output);
    }

    private static DateTimeOffset Utc(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    private static UsageEvent Request(string user, string department, DateTimeOffset at, long? input, long? output, string? use) =>
        new() { Timestamp = at, User = user, Department = department, InputTokens = input, OutputTokens = output, Use = use };
}
