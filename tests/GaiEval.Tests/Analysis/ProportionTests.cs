namespace GaiEval.Tests.Analysis;

using GaiEval.Core.Analysis;

public sealed class ProportionTests
{
    [Theory]
    [InlineData(8, 10, 0.4902, 0.9433)] // Wilson (1927); Newcombe (1998) Table I gives 0.4902–0.9433 for 8/10
    [InlineData(0, 10, 0.0, 0.2775)]
    [InlineData(10, 10, 0.7225, 1.0)]
    [InlineData(81, 263, 0.2553, 0.3662)] // Newcombe (1998) example: 81/263 → 0.2553–0.3662
    public void Wilson_interval_matches_published_values(int successes, int n, double low, double high)
    {
        Proportion p = Proportion.Wilson(successes, n);

        Assert.Equal(low, p.Low, 4);
        Assert.Equal(high, p.High, 4);
        Assert.Equal((double)successes / n, p.Value);
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
