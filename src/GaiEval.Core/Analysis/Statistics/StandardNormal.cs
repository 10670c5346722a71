namespace GaiEval.Core.Analysis.Statistics;

using MathNet.Numerics.Distributions;

/// <summary>Quantiles of the standard normal distribution, for two-sided intervals at a chosen confidence.</summary>
public static class StandardNormal
{
    /// <summary>The z with P(−z ≤ Z ≤ z) = <paramref name="confidence"/>: 1.959964 for 0.95.</summary>
    /// <param name="confidence">Strictly between 0 and 1.</param>
    public static double TwoSidedZ(double confidence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(confidence, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(confidence, 1);
        return Normal.InvCDF(0, 1, 1 - ((1 - confidence) / 2));
    }
}
