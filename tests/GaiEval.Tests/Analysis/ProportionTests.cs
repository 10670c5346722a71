namespace GaiEval.Tests.Analysis;

using GaiEval.Core.Analysis;

public sealed class ProportionTests
{
    [Theory]
    [InlineData(8, 10, 0.4902, 0.9433)] // Wilson (1927); Newcombe (1998) Table I gives 0.4902–0.9433 for 8/10
    [InlineData(0, 10, 0.0, 0.2775)]
    [InlineData(10, 10, 0.7225, 1.0)]
    [InlineData(85, 100, 0.7672, 0.9069)] // (85 + 1.92 ∓ 1.96·√(12.75 + 0.96))/103.84, worked by hand
    [InlineData(81, 263, 0.2553, 0.3662)] // Newcombe (1998) example: 81/263 → 0.2553–0.3662
    public void Wilson_interval_matches_published_values(int successes, int n, double low, double high)
    {
        Proportion p = Proportion.Wilson(successes, n);

        Assert.Equal(low, p.Low, 4);
        Assert.Equal(high, p.High, 4);
        Assert.Equal((double)successes / n, p.Value);
    }

    [Theory]
    [InlineData(0, 405)] // found by WilsonPropertyTests: rounding left the lower bound at 8.7e-19, above the estimate 0
    [InlineData(0, 1517)]
    [InlineData(405, 405)]
    [InlineData(1517, 1517)]
    public void All_or_nothing_reaches_the_end_of_the_range_exactly(int successes, int n)
    {
        Proportion p = Proportion.Wilson(successes, n);

        Assert.Equal(successes == 0 ? 0.0 : 1.0, successes == 0 ? p.Low : p.High);
    }

    [Fact]
    public void No_observations_give_no_value_and_the_whole_range()
    {
        Proportion p = Proportion.Wilson(0, 0);

        Assert.Null(p.Value);
        Assert.Equal((0.0, 1.0), (p.Low, p.High));
    }

    [Fact]
    public void More_successes_than_observations_are_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Wilson(3, 2));
}
