namespace GaiEval.Tests.Analysis;

using GaiEval.Core.Analysis;

public sealed class PercentileTests
{
    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.5, 2.5)]
    [InlineData(0.95, 3.85)] // Excel PERCENTILE.INC({1,2,3,4}, 0.95) = 3.85
    [InlineData(1.0, 4.0)]
    public void Interpolates_between_closest_ranks_like_excel(double p, double expected) =>
        Assert.Equal(expected, Percentile.Of([1, 2, 3, 4], p)!.Value, 10);

    [Fact]
    public void No_values_give_no_percentile() => Assert.Null(Percentile.Of([], 0.5));

    [Fact]
    public void One_value_is_every_percentile() => Assert.Equal(7.0, Percentile.Of([7], 0.95));
}
