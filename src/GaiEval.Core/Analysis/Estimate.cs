namespace GaiEval.Core.Analysis;

/// <summary>
/// A measured quantity with its 95% interval, the number of observations behind it and how the interval was computed
/// (e.g. "Wilson", "bootstrap (2000)", "carried from the accuracy interval"). Every figure a decision rests on is one.
/// </summary>
public sealed record Estimate(double? Value, double Low, double High, int N, string Method)
{
    public static Estimate FromProportion(Proportion p) => new(p.Value, p.Low, p.High, p.N, "Wilson");

    /// <summary>A value with no interval (a sum of fixed prices, a count).</summary>
    public static Estimate Exact(double value, int n, string method) => new(value, value, value, n, method);
}
