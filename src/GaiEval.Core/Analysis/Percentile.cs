namespace GaiEval.Core.Analysis;

/// <summary>Percentiles by linear interpolation between closest ranks (R type 7, Excel PERCENTILE.INC).</summary>
public static class Percentile
{
    /// <param name="sorted">Values in ascending order.</param>
    /// <param name="p">0..1.</param>
    public static double? Of(IReadOnlyList<double> sorted, double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        if (sorted.Count == 0)
        {
            return null;
        }

        double rank = p * (sorted.Count - 1);
        int lower = (int)Math.Floor(rank);
        int upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + ((rank - lower) * (sorted[upper] - sorted[lower]));
    }
}
