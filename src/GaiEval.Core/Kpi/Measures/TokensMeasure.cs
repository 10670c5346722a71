namespace GaiEval.Core.Kpi.Measures;

using GaiEval.Core.Analysis;

/// <summary>入出力トークン数 from the usage log, costed at the prices given (the caller takes them from the plan).</summary>
public static class TokensMeasure
{
    public const string UnknownUse = "（用途未記録）";

    public static TokensResult Measure(IReadOnlyList<UsageEvent> events, UsageTokenPrices? prices = null)
    {
        List<UsageEvent> rows = [.. events.Where(e => !e.FromHarness)];
        List<TokenGroup> Groups(Func<UsageEvent, string> key) =>
            [.. rows.GroupBy(key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new TokenGroup(g.Key, Totals([.. g], prices)))];

        List<IGrouping<string, UsageEvent>> users = [.. rows.GroupBy(e => e.User, StringComparer.Ordinal)];
        return new TokensResult(
            events.Count - rows.Count,
            Totals(rows, prices),
            Groups(e => JstCalendar.Month(e.Timestamp)),
            Groups(e => string.IsNullOrWhiteSpace(e.Use) ? UnknownUse : e.Use.Trim()),
            Groups(e => DepartmentLabel.Of(e.Department)),
            Spread([.. users.Where(g => g.Any(e => e.InputTokens is not null)).Select(g => (double)g.Sum(e => e.InputTokens ?? 0))]),
            Spread([.. users.Where(g => g.Any(e => e.OutputTokens is not null)).Select(g => (double)g.Sum(e => e.OutputTokens ?? 0))]),
            prices?.Currency);
    }

    private static TokenTotals Totals(IReadOnlyList<UsageEvent> rows, UsageTokenPrices? prices)
    {
        long input = rows.Sum(e => e.InputTokens ?? 0);
        long output = rows.Sum(e => e.OutputTokens ?? 0);
        int inputN = rows.Count(e => e.InputTokens is not null);
        int outputN = rows.Count(e => e.OutputTokens is not null);
        return new TokenTotals(
            rows.Count,
            rows.Select(e => e.User).Distinct(StringComparer.Ordinal).Count(),
            input,
            output,
            inputN,
            outputN,
            inputN == 0 ? null : (double)input / inputN,
            outputN == 0 ? null : (double)output / outputN,
            prices?.CostOf(input, output));
    }

    private static TokenSpread? Spread(IReadOnlyList<double> perUser)
    {
        if (perUser.Count == 0)
        {
            return null;
        }

        double[] sorted = [.. perUser.Order()];
        return new TokenSpread(sorted.Length, sorted.Average(), Percentile.Of(sorted, 0.5)!.Value, Percentile.Of(sorted, 0.9)!.Value);
    }
}
