namespace GaiEval.Core.Analysis.Statistics;

/// <summary>
/// Holm's step-down adjustment of p-values for multiple comparisons, which controls the family-wise error rate without
/// assuming independence. With m p-values sorted ascending, the i-th (1-based) becomes max over j ≤ i of min(1, (m − j + 1)·p₍ⱼ₎).
/// Reference: Holm (1979), "A simple sequentially rejective multiple test procedure", Scandinavian Journal of Statistics
/// 6:65–70; the same values as R's <c>p.adjust(p, "holm")</c>.
/// </summary>
public static class Holm
{
    /// <returns>The adjusted p-values in the order of <paramref name="pValues"/>.</returns>
    public static IReadOnlyList<double> Adjust(IReadOnlyList<double> pValues)
    {
        foreach (double p in pValues)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(p, 0, nameof(pValues));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1, nameof(pValues));
        }

        int m = pValues.Count;
        int[] ascending = [.. Enumerable.Range(0, m).OrderBy(i => pValues[i])];
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++)
        {
            int index = ascending[rank];
            running = Math.Max(running, Math.Min(1, (m - rank) * pValues[index]));
            adjusted[index] = running;
        }

        return adjusted;
    }
}
