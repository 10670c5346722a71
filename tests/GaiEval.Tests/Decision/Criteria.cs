namespace GaiEval.Tests.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Plans;

/// <summary>Criteria and estimates for the verdict tests.</summary>
internal static class Criteria
{
    public static Criterion Of(string metric, string op, double value, bool required = true, string scope = "all") =>
        new() { Metric = metric, Op = op, Value = value, Required = required, Scope = scope };

    public static Estimate Interval(double value, double low, double high, int n = 100) => new(value, low, high, n, "Wilson");

    /// <summary>A sample-size function that must not be asked (PASS, FAIL and NOT MEASURED need none).</summary>
    public static int? NeverAsked(Estimate estimate, double threshold) =>
        throw new InvalidOperationException("the sample size was asked for a settled criterion");
}
