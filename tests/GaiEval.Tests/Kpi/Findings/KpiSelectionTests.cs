namespace GaiEval.Tests.Kpi.Findings;

using GaiEval.Core.Kpi;

/// <summary>The period of a selection: both ends inclusive, either open.</summary>
public sealed class KpiSelectionTests
{
    private static readonly DateOnly From = new(2026, 11, 1);
    private static readonly DateOnly To = new(2026, 11, 30);

    [Theory]
    [InlineData("2026-10-31", false)]
    [InlineData("2026-11-01", true)]
    [InlineData("2026-11-30", true)]
    [InlineData("2026-12-01", false)]
    public void Contains_both_ends_of_the_period(string day, bool contained)
    {
        Assert.Equal(contained, new KpiSelection(From: From, To: To).Contains(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void An_open_end_contains_every_day_on_its_side()
    {
        Assert.True(new KpiSelection(From: From).Contains(new DateOnly(2099, 1, 1)));
        Assert.False(new KpiSelection(From: From).Contains(new DateOnly(2026, 10, 31)));
        Assert.True(new KpiSelection(To: To).Contains(new DateOnly(2000, 1, 1)));
        Assert.False(new KpiSelection(To: To).Contains(new DateOnly(2026, 12, 1)));
        Assert.True(KpiSelection.All.Contains(DateOnly.MinValue) && KpiSelection.All.Contains(DateOnly.MaxValue));
    }

    [Theory]
    [InlineData("2026-10-01", "2026-10-31", false)] // ends the day before the period
    [InlineData("2026-10-01", "2026-11-01", true)] // shares its first day
    [InlineData("2026-11-30", "2026-12-31", true)] // shares its last day
    [InlineData("2026-12-01", "2026-12-31", false)] // starts the day after
    [InlineData("2026-10-01", "2026-12-31", true)] // spans it
    [InlineData("2026-11-10", "2026-11-10", true)] // one day inside
    public void Touches_when_the_days_share_at_least_one_with_the_period(string first, string last, bool touches)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(touches, new KpiSelection(From: From, To: To).Touches(DateOnly.Parse(first, culture), DateOnly.Parse(last, culture)));
        Assert.True(KpiSelection.All.Touches(DateOnly.Parse(first, culture), DateOnly.Parse(last, culture)));
    }
}
