namespace GaiEval.Tests.Analysis.Statistics;

using GaiEval.Core.Analysis.Statistics;

public sealed class McNemarTests
{
    [Theory]
    [InlineData(1, 9, 0.021484375)] // 2·(C(10,0) + C(10,1))/2¹⁰ = 22/1024
    [InlineData(9, 1, 0.021484375)]
    [InlineData(5, 5, 1.0)] // 2·P(X ≤ 5) exceeds 1 and is capped
    [InlineData(0, 6, 0.03125)] // 2/2⁶
    [InlineData(1, 7, 0.0703125)] // Bentur et al. (2009) in Fagerland, Lydersen and Laake (2013): exact conditional P = 0.0703
    [InlineData(10, 25, 0.01667384780012071)] // 2·Σₖ≤₁₀ C(35,k)/2³⁵ = 71613631/4294967296, summed exactly
    [InlineData(40, 60, 0.05688793364098079)] // summed exactly over C(100,k)
    public void Exact_p_matches_the_binomial_sum_over_the_discordant_pairs(int onlyFirst, int onlySecond, double expected) =>
        Assert.Equal(expected, McNemar.ExactP(onlyFirst, onlySecond), 12);

    [Fact]
    public void No_discordant_pair_gives_p_of_one() => Assert.Equal(1.0, McNemar.ExactP(0, 0));

    [Fact]
    public void Negative_counts_are_rejected() => Assert.Throws<ArgumentOutOfRangeException>(() => McNemar.ExactP(-1, 3));
}
