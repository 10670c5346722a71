namespace GaiEval.Core.Analysis.Statistics;

using MathNet.Numerics;

/// <summary>
/// The difference between two proportions measured on different items (independent samples): Newcombe's hybrid score
/// interval, built from the two Wilson intervals (method 10 of Newcombe (1998), "Interval estimation for the difference
/// between independent proportions: comparison of eleven methods", Statistics in Medicine 17:873–890), and Fisher's exact
/// two-sided p-value (the tables no more probable than the one observed, with the margins fixed).
/// </summary>
public static class IndependentDifference
{
    public const string MethodName = "Newcombe (1998) hybrid score, independent";

    /// <summary>First minus second with its interval; with either sample empty, no value and the whole range [−1, 1].</summary>
    public static Estimate Newcombe(int firstSuccesses, int firstN, int secondSuccesses, int secondN, double confidence = 0.95)
    {
        if (firstN == 0 || secondN == 0)
        {
            return new Estimate(null, -1, 1, firstN + secondN, MethodName);
        }

        double z = StandardNormal.TwoSidedZ(confidence);
        Proportion first = Proportion.Wilson(firstSuccesses, firstN, z);
        Proportion second = Proportion.Wilson(secondSuccesses, secondN, z);
        double p1 = first.Value!.Value;
        double p2 = second.Value!.Value;
        double difference = p1 - p2;
        double below = Math.Sqrt(Square(p1 - first.Low) + Square(second.High - p2));
        double above = Math.Sqrt(Square(first.High - p1) + Square(p2 - second.Low));
        return new Estimate(difference, Math.Max(-1, difference - below), Math.Min(1, difference + above), firstN + secondN, MethodName);
    }

    /// <summary>Fisher's exact test, two-sided; 1 when either sample is empty.</summary>
    public static double FisherTwoSided(int firstSuccesses, int firstN, int secondSuccesses, int secondN)
    {
        int total = firstN + secondN;
        int successes = firstSuccesses + secondSuccesses;
        if (firstN == 0 || secondN == 0 || successes == 0 || successes == total)
        {
            return 1;
        }

        // In logarithms: the binomial coefficients of a table of a thousand answers overflow a double.
        double LogProbability(int k) =>
            SpecialFunctions.BinomialLn(successes, k) + SpecialFunctions.BinomialLn(total - successes, firstN - k) - SpecialFunctions.BinomialLn(total, firstN);
        double observed = LogProbability(firstSuccesses);
        double p = 0;
        for (int k = Math.Max(0, firstN - (total - successes)); k <= Math.Min(firstN, successes); k++)
        {
            double logProbability = LogProbability(k);
            if (logProbability <= observed + 1e-7)
            {
                p += Math.Exp(logProbability);
            }
        }

        return Math.Min(1, p);
    }

    private static double Square(double x) => x * x;
}
