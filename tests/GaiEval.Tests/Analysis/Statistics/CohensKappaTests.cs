namespace GaiEval.Tests.Analysis.Statistics;

using CsCheck;
using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Statistics;

public sealed class CohensKappaTests
{
    private static readonly string[] Binary = ["correct", "incorrect"];

    private static readonly string[] Grades = ["正答", "部分", "誤答"];

    [Fact]
    public void The_classic_two_by_two_example_gives_kappa_0_4_with_its_standard_error()
    {
        // [[20, 5], [10, 15]], n = 50 (Wikipedia, "Cohen's kappa"): pₒ = 0.70, pₑ = 0.5·0.6 + 0.5·0.4 = 0.50, κ = 0.40.
        // SE by hand (Fleiss, Cohen and Everitt 1969), 1 − κ = 0.6, margins rows (0.5, 0.5), columns (0.6, 0.4):
        //   diagonal   0.4·[1 − 1.1·0.6]² + 0.3·[1 − 0.9·0.6]² = 0.04624 + 0.06348 = 0.10972
        //   off        0.36·[0.1·(0.6 + 0.5)² + 0.2·(0.4 + 0.5)²] = 0.36·0.283 = 0.10188
        //   correction [0.4 − 0.5·0.6]² = 0.01
        //   Var = (0.10972 + 0.10188 − 0.01)/(50·0.5²) = 0.016128, SE = 0.126996; κ ± 1.959964·SE = [0.151092, 0.648908].
        Estimate kappa = CohensKappa.Of(ConfusionMatrix.FromCounts(Binary, new[,] { { 20, 5 }, { 10, 15 } }));

        Assert.Equal(0.4, kappa.Value!.Value, 12);
        Assert.Equal(0.4 - (1.959964 * Math.Sqrt(0.016128)), kappa.Low, 6);
        Assert.Equal(0.4 + (1.959964 * Math.Sqrt(0.016128)), kappa.High, 6);
        Assert.Equal(50, kappa.N);
        Assert.Equal("Cohen's kappa, Fleiss-Cohen-Everitt (1969) SE", kappa.Method);
    }

    [Fact]
    public void Matches_the_SAS_PROC_FREQ_simple_kappa_example()
    {
        // SAS printout quoted in statsmodels' test_inter_rater.py for [[0, 4, 1], [0, 8, 0], [0, 1, 5]]:
        // Kappa 0.4842, ASE 0.1380, 95% limits 0.2137 and 0.7547. By hand: pₒ = 13/19, pₑ = (5·0 + 8·13 + 6·6)/19² = 140/361,
        // κ = (13·19 − 140)/(361 − 140) = 107/221 = 0.48416.
        Estimate kappa = CohensKappa.Of(ConfusionMatrix.FromCounts(Grades, new[,] { { 0, 4, 1 }, { 0, 8, 0 }, { 0, 1, 5 } }));

        Assert.Equal(107.0 / 221, kappa.Value!.Value, 12);
        Assert.Equal(0.2137, kappa.Low, 4);
        Assert.Equal(0.7547, kappa.High, 4);
        Assert.Equal(19, kappa.N);
    }

    [Fact]
    public void Matches_the_SAS_PROC_FREQ_weighted_kappa_example_with_linear_weights()
    {
        // Same SAS printout, weighted kappa with scores 0, 1, 2 (Cicchetti–Allison = linear weights 1, ½, 0):
        // Kappa 0.4701, ASE 0.1457, 95% limits 0.1845 and 0.7558.
        Estimate kappa = CohensKappa.LinearWeighted(ConfusionMatrix.FromCounts(Grades, new[,] { { 0, 4, 1 }, { 0, 8, 0 }, { 0, 1, 5 } }));

        Assert.Equal(0.4701, kappa.Value!.Value, 4);
        Assert.Equal(0.1845, kappa.Low, 4);
        Assert.Equal(0.7558, kappa.High, 4);
        Assert.Equal("linear-weighted kappa, Fleiss-Cohen-Everitt (1969) SE", kappa.Method);
    }

    [Fact]
    public void Matches_the_Fleiss_textbook_diagnosis_example()
    {
        // The two-psychiatrist diagnosis table used in Fleiss' textbook (Fleiss, Levin and Paik 2003, Statistical Methods for Rates
        // and Proportions), n = 100: [[75, 1, 4], [5, 4, 1], [0, 0, 10]], κ quoted as 0.676.
        // By hand: pₒ = 0.89, pₑ = 0.80·0.80 + 0.10·0.05 + 0.10·0.15 = 0.66, κ = 0.23/0.34 = 0.676.
        Estimate kappa = CohensKappa.Of(ConfusionMatrix.FromCounts(Grades, new[,] { { 75, 1, 4 }, { 5, 4, 1 }, { 0, 0, 10 } }));

        Assert.Equal(0.23 / 0.34, kappa.Value!.Value, 12);
        Assert.Equal(100, kappa.N);
    }

    [Fact]
    public void Perfect_agreement_gives_one_with_a_zero_width_interval()
    {
        Estimate kappa = CohensKappa.Of(ConfusionMatrix.FromCounts(Grades, new[,] { { 7, 0, 0 }, { 0, 3, 0 }, { 0, 0, 5 } }));

        Assert.Equal(1.0, kappa.Value!.Value);
        Assert.Equal((1.0, 1.0), (kappa.Low, kappa.High));
    }

    [Fact]
    public void Agreement_no_better_than_chance_gives_zero()
    {
        // Independent margins: every cell is rowTotal·columnTotal/n, so pₒ = pₑ.
        Estimate kappa = CohensKappa.Of(ConfusionMatrix.FromCounts(Binary, new[,] { { 6, 4 }, { 9, 6 } }));

        Assert.Equal(0.0, kappa.Value!.Value, 12);
        Assert.True(kappa.Low < 0 && kappa.High > 0, $"[{kappa.Low}, {kappa.High}]");
    }

    [Fact]
    public void Complete_disagreement_with_balanced_margins_gives_minus_one()
    {
        Estimate kappa = CohensKappa.Of(ConfusionMatrix.FromCounts(Binary, new[,] { { 0, 5 }, { 5, 0 } }));

        Assert.Equal(-1.0, kappa.Value!.Value, 12);
        Assert.Equal(-1.0, kappa.Low);
    }

    [Fact]
    public void Is_undefined_when_both_raters_put_everything_in_one_category()
    {
        // pₑ = 1: observed agreement is perfect, yet there is nothing beyond chance to measure.
        ConfusionMatrix matrix = ConfusionMatrix.FromCounts(Grades, new[,] { { 0, 0, 0 }, { 0, 12, 0 }, { 0, 0, 0 } });

        Estimate kappa = CohensKappa.Of(matrix);
        Estimate weighted = CohensKappa.LinearWeighted(matrix);

        Assert.Null(kappa.Value);
        Assert.Equal((-1.0, 1.0, 12), (kappa.Low, kappa.High, kappa.N));
        Assert.Null(weighted.Value);
    }

    [Fact]
    public void Is_undefined_with_no_pair()
    {
        Estimate kappa = CohensKappa.Of(ConfusionMatrix.FromPairs(Binary, []));

        Assert.Null(kappa.Value);
        Assert.Equal(0, kappa.N);
    }

    [Fact]
    public void Is_defined_when_only_one_rater_uses_a_single_category()
    {
        // The automatic scorer says 正答 to everything, the humans do not: pₑ = 0.5 < 1, pₒ = 0.5, κ = 0.
        Estimate kappa = CohensKappa.Of(ConfusionMatrix.FromCounts(Binary, new[,] { { 4, 4 }, { 0, 0 } }));

        Assert.Equal(0.0, kappa.Value!.Value, 12);
    }

    [Fact]
    public void Linear_weights_count_a_near_miss_as_half_an_agreement()
    {
        // 部分 against 正答 is half an agreement, 誤答 against 正答 none; the unweighted kappa counts neither.
        ConfusionMatrix nearMisses = ConfusionMatrix.FromCounts(Grades, new[,] { { 10, 5, 0 }, { 5, 10, 5 }, { 0, 5, 10 } });
        ConfusionMatrix farMisses = ConfusionMatrix.FromCounts(Grades, new[,] { { 10, 0, 5 }, { 0, 10, 10 }, { 5, 10, 0 } });

        Assert.True(CohensKappa.LinearWeighted(nearMisses).Value > CohensKappa.Of(nearMisses).Value);
        Assert.True(CohensKappa.LinearWeighted(farMisses).Value < CohensKappa.LinearWeighted(nearMisses).Value);
    }

    [Fact]
    public void Kappa_and_its_interval_do_not_depend_on_which_rater_is_which() =>
        Tables(3).Sample(matrix =>
        {
            AssertSame(CohensKappa.Of(matrix), CohensKappa.Of(matrix.Transposed()));
            AssertSame(CohensKappa.LinearWeighted(matrix), CohensKappa.LinearWeighted(matrix.Transposed()));
        });

    [Fact]
    public void Linear_weighted_kappa_equals_kappa_for_two_categories() =>
        Tables(2).Sample(matrix => AssertSame(CohensKappa.Of(matrix), CohensKappa.LinearWeighted(matrix)));

    [Fact]
    public void Kappa_is_at_most_one_and_its_interval_contains_it() =>
        Gen.Int[2, 4].SelectMany(Tables).Sample(matrix =>
        {
            foreach (Estimate kappa in new[] { CohensKappa.Of(matrix), CohensKappa.LinearWeighted(matrix) })
            {
                Assert.InRange(kappa.Low, -1, 1);
                Assert.InRange(kappa.High, -1, 1);
                if (kappa.Value is double value)
                {
                    Assert.InRange(value, kappa.Low, kappa.High);
                    Assert.True(value <= 1, $"κ = {value}");
                }
            }
        });

    private static Gen<ConfusionMatrix> Tables(int k) =>
        Gen.Int[0, 30].Array[k * k].Select(cells =>
        {
            int[,] table = new int[k, k];
            for (int c = 0; c < cells.Length; c++)
            {
                table[c / k, c % k] = cells[c];
            }

            return ConfusionMatrix.FromCounts([.. Enumerable.Range(0, k).Select(i => $"c{i}")], table);
        });

    private static void AssertSame(Estimate expected, Estimate actual)
    {
        Assert.Equal(expected.Value is null, actual.Value is null);
        Assert.Equal(expected.Value ?? 0, actual.Value ?? 0, 12);
        Assert.Equal(expected.Low, actual.Low, 12);
        Assert.Equal(expected.High, actual.High, 12);
    }
}
