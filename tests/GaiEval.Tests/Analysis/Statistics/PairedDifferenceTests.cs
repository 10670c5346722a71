namespace GaiEval.Tests.Analysis.Statistics;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Statistics;

public sealed class PairedDifferenceTests
{
    [Fact]
    public void Matches_the_published_square_and_add_interval_for_Cavo_et_al()
    {
        // Fagerland, Lydersen and Laake (2017), ch. 8: table [[59, 6], [16, 80]] → −0.0621 (95% CI −0.1186 to −0.0046).
        Estimate difference = PairedDifference.Newcombe(59, 6, 16, 80);

        Assert.Equal(-10.0 / 161, difference.Value!.Value, 12);
        Assert.Equal(-0.1186, difference.Low, 4);
        Assert.Equal(-0.0046, difference.High, 4);
        Assert.Equal(161, difference.N);
        Assert.Equal("Newcombe (1998) method 10", difference.Method);
    }

    [Fact]
    public void Matches_an_independent_computation_for_a_table_with_a_negative_correlation()
    {
        // Bentur et al. (2009) table [[1, 1], [7, 12]]; ad − bc = 5 lies in [0, n/2], so φ is set to 0.
        Estimate difference = PairedDifference.Newcombe(1, 1, 7, 12);

        Assert.Equal(-6.0 / 21, difference.Value!.Value, 12);
        Assert.Equal(-0.50692, difference.Low, 5);
        Assert.Equal(-0.02556, difference.High, 5);
    }

    [Fact]
    public void Worked_example_with_only_concordant_pairs()
    {
        // a = d = 5, b = c = 0: both proportions are 5/10 with Wilson [l, u]; ad − bc = 25 > n/2 = 5, so φ = (25 − 5)/√(5·5·5·5) = 0.8.
        // Each half-width is √(x² − 2·0.8·x·x + x²) = x·√0.4 with x = 0.5 − l = u − 0.5.
        Proportion half = Proportion.Wilson(5, 10);
        double expectedHalfWidth = (0.5 - half.Low) * Math.Sqrt(0.4);

        Estimate difference = PairedDifference.Newcombe(5, 0, 0, 5);

        Assert.Equal(0, difference.Value!.Value);
        Assert.Equal(-expectedHalfWidth, difference.Low, 12);
        Assert.Equal(expectedHalfWidth, difference.High, 12);
    }

    [Fact]
    public void The_interval_turns_round_when_the_methods_swap()
    {
        Estimate forward = PairedDifference.Newcombe(30, 12, 4, 10);
        Estimate backward = PairedDifference.Newcombe(30, 4, 12, 10);

        Assert.Equal(-forward.Value!.Value, backward.Value!.Value, 12);
        Assert.Equal(-forward.High, backward.Low, 12);
        Assert.Equal(-forward.Low, backward.High, 12);
    }

    [Fact]
    public void No_pairs_give_no_value_and_the_whole_range()
    {
        Estimate difference = PairedDifference.Newcombe(0, 0, 0, 0);

        Assert.Null(difference.Value);
        Assert.Equal((-1.0, 1.0, 0), (difference.Low, difference.High, difference.N));
    }
}
