namespace GaiEval.Core.Analysis.Statistics;

using MathNet.Numerics.Distributions;

/// <summary>
/// McNemar's test for two methods scored on the same items, in its exact (conditional binomial) form. Only the discordant
/// pairs carry information: given b + c of them, b follows Binomial(b + c, ½) when both methods are equally accurate.
/// The two-sided p is twice the smaller tail, capped at 1. References: McNemar (1947), Psychometrika 12:153–157;
/// Fagerland, Lydersen and Laake (2013), BMC Medical Research Methodology 13:91 ("McNemar exact conditional test").
/// </summary>
public static class McNemar
{
    /// <param name="onlyFirst">b: pairs where only the first method is correct.</param>
    /// <param name="onlySecond">c: pairs where only the second method is correct.</param>
    /// <returns>The two-sided exact p; 1 when there is no discordant pair.</returns>
    public static double ExactP(int onlyFirst, int onlySecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(onlyFirst);
        ArgumentOutOfRangeException.ThrowIfNegative(onlySecond);
        int discordant = onlyFirst + onlySecond;
        if (discordant == 0)
        {
            return 1;
        }

        double smallerTail = Binomial.CDF(0.5, discordant, Math.Min(onlyFirst, onlySecond));
        return Math.Min(1, 2 * smallerTail);
    }
}
