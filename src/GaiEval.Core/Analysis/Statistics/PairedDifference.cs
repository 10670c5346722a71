namespace GaiEval.Core.Analysis.Statistics;

/// <summary>
/// The difference between two proportions measured on the same items (paired data), with Newcombe's square-and-add
/// interval built from the two Wilson score intervals and the correlation of the pairs: method 10 of Newcombe (1998),
/// "Improved confidence intervals for the difference between binomial proportions based on paired data", Statistics in
/// Medicine 17:2635–2650, including its adjustment of φ (φ uses max(ad − bc − n/2, 0) when ad &gt; bc). It gives the
/// values of Fagerland, Lydersen and Laake (2017), Statistical Analysis of Contingency Tables, ch. 8 (Newcombe square-and-add).
/// </summary>
public static class PairedDifference
{
    public const string MethodName = "Newcombe (1998) method 10";

    /// <summary>First minus second: (a + b)/n − (a + c)/n, with its interval.</summary>
    /// <param name="bothCorrect">a: pairs where both are correct.</param>
    /// <param name="onlyFirst">b: only the first is correct.</param>
    /// <param name="onlySecond">c: only the second is correct.</param>
    /// <param name="neither">d: neither is correct.</param>
    /// <param name="confidence">Two-sided confidence of the interval.</param>
    /// <returns>With no pair, no value and the whole range [−1, 1].</returns>
    public static Estimate Newcombe(int bothCorrect, int onlyFirst, int onlySecond, int neither, double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bothCorrect);
        ArgumentOutOfRangeException.ThrowIfNegative(onlyFirst);
        ArgumentOutOfRangeException.ThrowIfNegative(onlySecond);
        ArgumentOutOfRangeException.ThrowIfNegative(neither);
        int n = bothCorrect + onlyFirst + onlySecond + neither;
        if (n == 0)
        {
            return new Estimate(null, -1, 1, 0, MethodName);
        }

        double z = StandardNormal.TwoSidedZ(confidence);
        Proportion first = Proportion.Wilson(bothCorrect + onlyFirst, n, z);
        Proportion second = Proportion.Wilson(bothCorrect + onlySecond, n, z);
        double p1 = first.Value!.Value;
        double p2 = second.Value!.Value;
        double phi = Phi(bothCorrect, onlyFirst, onlySecond, neither);
        double difference = p1 - p2;
        double below = SquareAndAdd(p1 - first.Low, second.High - p2, phi);
        double above = SquareAndAdd(p2 - second.Low, first.High - p1, phi);
        return new Estimate(difference, Math.Max(-1, difference - below), Math.Min(1, difference + above), n, MethodName);
    }

    private static double SquareAndAdd(double x, double y, double phi) =>
        Math.Sqrt(Math.Max(0, (x * x) - (2 * phi * x * y) + (y * y)));

    /// <summary>The correlation of the paired outcomes, with Newcombe's continuity adjustment; 0 when a margin is empty.</summary>
    private static double Phi(double a, double b, double c, double d)
    {
        double n = a + b + c + d;
        double margins = (a + b) * (c + d) * (a + c) * (b + d);
        if (margins == 0)
        {
            return 0;
        }

        double cross = (a * d) - (b * c);
        double adjusted = cross > n / 2 ? cross - (n / 2) : Math.Min(cross, 0);
        return adjusted / Math.Sqrt(margins);
    }
}
