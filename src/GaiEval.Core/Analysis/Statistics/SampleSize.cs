namespace GaiEval.Core.Analysis.Statistics;

/// <summary>
/// How many items a measurement of a proportion (such as accuracy) needs. The margin is the half-width of the two-sided
/// interval. References: the normal-approximation formula n = z²·p(1 − p)/e² (e.g. Newcombe 2013, Confidence Intervals for
/// Proportions and Related Measures of Effect Size, ch. 3); the Wilson score interval (Wilson 1927, JASA 22:209–212).
/// </summary>
public static class SampleSize
{
    /// <summary>Items for a margin by the normal approximation: ⌈z²·p(1 − p)/e²⌉ (139 for p = 0.9, e = 0.05 at 95%).</summary>
    /// <param name="expected">The proportion expected, strictly between 0 and 1.</param>
    /// <param name="margin">Half-width of the interval, strictly between 0 and 1.</param>
    /// <param name="confidence">Two-sided confidence.</param>
    public static int ForMargin(double expected, double margin, double confidence = 0.95)
    {
        Validate(expected, margin);
        double z = StandardNormal.TwoSidedZ(confidence);
        return Math.Max(1, (int)Math.Ceiling((z * z * expected * (1 - expected) / (margin * margin)) - 1e-9));
    }

    /// <summary>
    /// Items for a margin with the interval GaiEval reports: the smallest n at which the Wilson interval at the expected
    /// proportion is no wider than ±margin (141 for p = 0.9, e = 0.05 at 95%). Unlike the normal approximation it stays honest
    /// near 0 and 1. The half-width falls as n grows, so a doubling then bisecting search finds it.
    /// </summary>
    /// <param name="expected">The proportion expected, strictly between 0 and 1.</param>
    /// <param name="margin">Half-width of the interval, strictly between 0 and 1.</param>
    /// <param name="confidence">Two-sided confidence.</param>
    public static int ForWilsonMargin(double expected, double margin, double confidence = 0.95)
    {
        Validate(expected, margin);
        double z = StandardNormal.TwoSidedZ(confidence);
        int high = 1;
        while (WilsonHalfWidth(expected, high, z) > margin)
        {
            high = checked(high * 2);
        }

        int low = high / 2;
        while (high - low > 1)
        {
            int middle = low + ((high - low) / 2);
            if (WilsonHalfWidth(expected, middle, z) > margin)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return high;
    }

    /// <summary>
    /// The smallest n at which the Wilson interval around the observed proportion would lie wholly on one side of the
    /// threshold, if the proportion stayed as observed: the score interval excludes t exactly when (p − t)² &gt; z²·t(1 − t)/n,
    /// so n = ⌊z²·t(1 − t)/(p − t)²⌋ + 1. Null when the observed proportion equals the threshold (no n settles it).
    /// </summary>
    /// <param name="observed">The observed proportion, 0..1.</param>
    /// <param name="threshold">The criterion's threshold, 0..1.</param>
    /// <param name="confidence">Two-sided confidence.</param>
    public static long? ToSettle(double observed, double threshold, double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(observed, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(observed, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
        if (observed == threshold)
        {
            return null;
        }

        double z = StandardNormal.TwoSidedZ(confidence);
        double gap = observed - threshold;
        double bound = Math.Floor(z * z * threshold * (1 - threshold) / (gap * gap)) + 1;
        return bound >= long.MaxValue ? long.MaxValue : (long)bound;
    }

    private static double WilsonHalfWidth(double p, int n, double z)
    {
        double z2 = z * z;
        return z / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4.0 * n * n)));
    }

    private static void Validate(double expected, double margin)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(expected, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(expected, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(margin, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(margin, 1);
    }
}
