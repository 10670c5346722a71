namespace GaiEval.Tests.Analysis.Statistics;

using CsCheck;
using GaiEval.Core.Analysis.Statistics;

public sealed class HolmTests
{
    [Fact]
    public void Adjusts_in_step_down_order_and_returns_the_original_order()
    {
        // Sorted: 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, max(0.04·1, 0.06) = 0.06 (R: p.adjust(c(.01,.04,.03,.005), "holm")).
        IReadOnlyList<double> adjusted = Holm.Adjust([0.01, 0.04, 0.03, 0.005]);

        Assert.Equal([0.03, 0.06, 0.06, 0.02], adjusted.Select(p => Math.Round(p, 12)));
    }

    [Fact]
    public void Keeps_adjusted_values_monotone_in_the_raw_order()
    {
        // 5·0.01, 4·0.02, 3·0.03, then 2·0.04 = 0.08 and 0.05 are raised to the running maximum 0.09.
        IReadOnlyList<double> adjusted = Holm.Adjust([0.01, 0.02, 0.03, 0.04, 0.05]);

        Assert.Equal([0.05, 0.08, 0.09, 0.09, 0.09], adjusted.Select(p => Math.Round(p, 12)));
    }

    [Fact]
    public void Caps_adjusted_values_at_one() => Assert.Equal([1.0, 1.0], Holm.Adjust([0.5, 0.6]));

    [Fact]
    public void A_single_p_value_is_left_as_it_is() => Assert.Equal([0.04], Holm.Adjust([0.04]));

    [Fact]
    public void No_p_values_give_none() => Assert.Empty(Holm.Adjust([]));

    [Fact]
    public void Adjusted_p_is_at_least_the_raw_p_at_most_one_and_keeps_the_raw_order() =>
        Gen.Double[0, 1].Array[1, 30].Sample(raw =>
        {
            IReadOnlyList<double> adjusted = Holm.Adjust(raw);
            for (int i = 0; i < raw.Length; i++)
            {
                Assert.InRange(adjusted[i], raw[i], 1.0);
                for (int j = 0; j < raw.Length; j++)
                {
                    if (raw[i] <= raw[j])
                    {
                        Assert.True(adjusted[i] <= adjusted[j], $"p {raw[i]} ≤ {raw[j]} but adjusted {adjusted[i]} > {adjusted[j]}");
                    }
                }
            }
        });
}
