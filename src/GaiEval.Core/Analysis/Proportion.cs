namespace GaiEval.Core.Analysis;

/// <summary>A share with its 95% Wilson score interval. With n = 0 there is no value and the interval is [0, 1].</summary>
public sealed record Proportion(int Successes, int N, double Low, double High)
{
    /// <summary>z for a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    public double? Value => N == 0 ? null : (double)Successes / N;

    public static Proportion Wilson(int successes, int n, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, n);
        if (n == 0)
        {
            return new Proportion(0, 0, 0, 1);
        }

        double p = (double)successes / n;
        double z2 = z * z;
        double denominator = 1 + (z2 / n);
        double centre = (p + (z2 / (2 * n))) / denominator;
        double half = z / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4.0 * n * n)));
        // At 0/n and n/n the bound is exactly 0 or 1; rounding in centre − half would otherwise leave it a hair inside.
        double low = successes == 0 ? 0 : Math.Max(0, centre - half);
        double high = successes == n ? 1 : Math.Min(1, centre + half);
        return new Proportion(successes, n, low, high);
    }
}
