namespace GaiEval.Tests.Analysis.Statistics;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Statistics;

public sealed class StandardNormalTests
{
    [Theory]
    [InlineData(0.95, Proportion.Z95)]
    [InlineData(0.90, 1.6448536269514722)]
    [InlineData(0.99, 2.5758293035489004)]
    public void Two_sided_z_matches_the_normal_tables(double confidence, double z) =>
        Assert.Equal(z, StandardNormal.TwoSidedZ(confidence), 12);

    [Fact]
    public void Confidence_outside_zero_to_one_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StandardNormal.TwoSidedZ(1));
}
