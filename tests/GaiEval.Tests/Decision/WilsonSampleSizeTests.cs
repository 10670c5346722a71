namespace GaiEval.Tests.Decision;

using GaiEval.Core.Decision;
using GaiEval.Cli.Commands;
using GaiEval.Core.Analysis;

/// <summary>The gate's sample size for an inconclusive Wilson share: the first n at which the interval at the observed rate clears the threshold.</summary>
public sealed class WilsonSampleSizeTests
{
    [Fact]
    public void Every_one_of_21_refusals_right_against_095_settles_at_73_items()
    {
        // The lower bound at 100% is n/(n + z²); it first exceeds 0.95 when n > 19·z² = 72.99.
        int? settled = SettlingSampleSize.Wilson(Estimate.FromProportion(Proportion.Wilson(21, 21)), 0.95);

        Assert.Equal(73, settled);
        Assert.True(Proportion.Wilson(73, 73).Low > 0.95);
        Assert.True(Proportion.Wilson(72, 72).Low <= 0.95);
    }

    [Fact]
    public void No_trap_failure_in_31_against_002_settles_at_189_items()
    {
        // The upper bound at 0% is z²/(n + z²); it first falls below 0.02 when n > 49·z² = 188.23.
        int? settled = SettlingSampleSize.Wilson(Estimate.FromProportion(Proportion.Wilson(0, 31)), 0.02);

        Assert.Equal(189, settled);
        Assert.True(Proportion.Wilson(0, 189).High < 0.02);
        Assert.True(Proportion.Wilson(0, 188).High >= 0.02);
    }

    [Fact]
    public void No_sample_size_is_told_when_the_rate_sits_on_the_threshold_or_the_estimate_is_not_a_wilson_share()
    {
        Assert.Null(SettlingSampleSize.Wilson(Estimate.FromProportion(Proportion.Wilson(17, 20)), 0.85));
        Assert.Null(SettlingSampleSize.Wilson(new Estimate(6.5, 5.0, 9.0, 100, "bootstrap (2000)"), 8));
        Assert.Null(SettlingSampleSize.Wilson(Estimate.FromProportion(Proportion.Wilson(0, 0)), 0.5));
        Assert.Null(SettlingSampleSize.Wilson(Estimate.FromProportion(Proportion.Wilson(9, 10)), 85));
    }
}
