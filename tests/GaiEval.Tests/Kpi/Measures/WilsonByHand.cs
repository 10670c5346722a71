namespace GaiEval.Tests.Kpi.Measures;

using GaiEval.Core.Analysis;

/// <summary>
/// The Wilson bounds in their closed form (2k + z² ∓ z·√(z² + 4k(n − k)/n)) / (2(n + z²)), written apart from the
/// production code's centre ± half, to check its intervals to 1e-9.
/// </summary>
internal static class WilsonByHand
{
    private const double Z = 1.959963984540054;

    public static void AssertInterval(int k, int n, Estimate estimate)
    {
        double root = Z * Math.Sqrt((Z * Z) + (4.0 * k * (n - k) / n));
        double low = ((2.0 * k) + (Z * Z) - root) / (2 * (n + (Z * Z)));
        double high = ((2.0 * k) + (Z * Z) + root) / (2 * (n + (Z * Z)));
        Assert.Equal((double)k / n, estimate.Value!.Value, 12);
        Assert.Equal(k == 0 ? 0 : low, estimate.Low, 9);
        Assert.Equal(k == n ? 1 : high, estimate.High, 9);
        Assert.Equal(n, estimate.N);
    }
}
