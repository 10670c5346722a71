namespace GaiEval.Core.Analysis.Statistics;

/// <summary>
/// Cohen's kappa between an automatic scorer and human grades: κ = (pₒ − pₑ)/(1 − pₑ), agreement beyond what the two margins
/// give by chance (Cohen 1960, Educational and Psychological Measurement 20:37–46; weighted form Cohen 1968, Psychological
/// Bulletin 70:213–220). The interval is κ ± z·SE with the large-sample (non-null) standard error of Fleiss, Cohen and Everitt
/// (1969), Psychological Bulletin 72:323–327, the ASE that SAS PROC FREQ reports, clipped to [−1, 1]:
/// Var(κ) = {Σᵢⱼ pᵢⱼ[wᵢⱼ − (w̄ᵢ. + w̄.ⱼ)(1 − κ)]² − [κ − pₑ(1 − κ)]²} / [n(1 − pₑ)²], with w̄ᵢ. = Σⱼ p.ⱼwᵢⱼ and w̄.ⱼ = Σᵢ pᵢ.wᵢⱼ
/// (identity weights for unweighted kappa). Kappa is undefined (no value, range [−1, 1]) with no pair or when chance
/// agreement is 1, i.e. both raters put every item in the same single category.
/// </summary>
public static class CohensKappa
{
    public const string MethodName = "Cohen's kappa, Fleiss-Cohen-Everitt (1969) SE";

    public const string LinearWeightedMethodName = "linear-weighted kappa, Fleiss-Cohen-Everitt (1969) SE";

    /// <summary>Unweighted kappa: only identical categories count as agreement.</summary>
    /// <param name="matrix">Automatic verdicts (rows) against human grades (columns).</param>
    /// <param name="confidence">Two-sided confidence of the interval.</param>
    public static Estimate Of(ConfusionMatrix matrix, double confidence = 0.95) =>
        Weighted(matrix, (i, j) => i == j ? 1 : 0, fullWeight: 1, confidence, MethodName);

    /// <summary>
    /// Kappa for ordered categories with linear agreement weights wᵢⱼ = 1 − |i − j|/(k − 1) (Cicchetti and Allison 1971):
    /// with 正答 / 部分 / 誤答, 部分 against 正答 counts half. Equals <see cref="Of"/> for two categories.
    /// </summary>
    /// <param name="matrix">Automatic verdicts (rows) against human grades (columns), categories in their order.</param>
    /// <param name="confidence">Two-sided confidence of the interval.</param>
    public static Estimate LinearWeighted(ConfusionMatrix matrix, double confidence = 0.95)
    {
        int top = matrix.Categories.Count - 1;
        return Weighted(matrix, (i, j) => top - Math.Abs(i - j), fullWeight: Math.Max(top, 1), confidence, LinearWeightedMethodName);
    }

    /// <param name="weight">Agreement weight of a cell as an integer share of <paramref name="fullWeight"/>, which the diagonal gets.</param>
    private static Estimate Weighted(ConfusionMatrix matrix, Func<int, int, int> weight, int fullWeight, double confidence, string method)
    {
        double z = StandardNormal.TwoSidedZ(confidence);
        int n = matrix.Total;
        int k = matrix.Categories.Count;
        if (n == 0 || Enumerable.Range(0, k).Any(c => matrix.AutomaticTotal(c) == n && matrix.HumanTotal(c) == n))
        {
            return new Estimate(null, -1, 1, n, method);
        }

        double[] rows = [.. Enumerable.Range(0, k).Select(i => (double)matrix.AutomaticTotal(i) / n)];
        double[] columns = [.. Enumerable.Range(0, k).Select(j => (double)matrix.HumanTotal(j) / n)];
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                observed += (double)matrix[i, j] * weight(i, j);
                expected += (double)matrix.AutomaticTotal(i) * matrix.HumanTotal(j) * weight(i, j);
            }
        }

        // In whole counts, so that κ ≤ 1 holds exactly: κ = (n·O − E)/(n²·S − E) with O, E the weighted observed and chance sums.
        double full = (double)n * n * fullWeight;
        double kappa = ((n * observed) - expected) / (full - expected);
        double chance = expected / full;
        double variance = Variance(matrix, rows, columns, (i, j) => (double)weight(i, j) / fullWeight, kappa, chance);
        double halfWidth = z * Math.Sqrt(variance);
        return new Estimate(kappa, Math.Min(kappa, Math.Max(-1, kappa - halfWidth)), Math.Min(1, kappa + halfWidth), n, method);
    }

    private static double Variance(
        ConfusionMatrix matrix, double[] rows, double[] columns, Func<int, int, double> weight, double kappa, double chance)
    {
        int k = rows.Length;
        double n = matrix.Total;
        double[] rowMeans = [.. Enumerable.Range(0, k).Select(i => Enumerable.Range(0, k).Sum(j => columns[j] * weight(i, j)))];
        double[] columnMeans = [.. Enumerable.Range(0, k).Select(j => Enumerable.Range(0, k).Sum(i => rows[i] * weight(i, j)))];
        double sum = 0;
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                double deviation = weight(i, j) - ((rowMeans[i] + columnMeans[j]) * (1 - kappa));
                sum += matrix[i, j] / n * deviation * deviation;
            }
        }

        double correction = kappa - (chance * (1 - kappa));
        return Math.Max(0, sum - (correction * correction)) / (n * (1 - chance) * (1 - chance));
    }
}
