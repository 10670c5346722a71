namespace GaiEval.Tests.Analysis.Statistics;

using CsCheck;
using GaiEval.Core.Analysis;

public sealed class WilsonPropertyTests
{
    [Fact]
    public void The_interval_contains_the_estimate_and_stays_within_zero_and_one() =>
        Gen.Int[1, 2000].SelectMany(n => Gen.Int[0, n].Select(k => (k, n))).Sample((k, n) =>
        {
            Proportion p = Proportion.Wilson(k, n);
            Assert.InRange(p.Value!.Value, p.Low, p.High);
            Assert.InRange(p.Low, 0, 1);
            Assert.InRange(p.High, 0, 1);
        });

    [Fact]
    public void The_interval_widens_as_n_shrinks_at_a_fixed_proportion() =>
        Gen.Select(Gen.Int[1, 300], Gen.Int[2, 20]).SelectMany((n, m) => Gen.Int[0, n].Select(k => (k, n, m))).Sample((k, n, m) =>
        {
            Proportion small = Proportion.Wilson(k, n);
            Proportion large = Proportion.Wilson(k * m, n * m);
            Assert.True(
                small.High - small.Low > large.High - large.Low,
                $"{k}/{n} is [{small.Low}, {small.High}], {k * m}/{n * m} is [{large.Low}, {large.High}]");
        });
}
