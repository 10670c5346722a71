namespace GaiEval.Reporting.Text;

using System.Globalization;
using GaiEval.Core.Analysis;

/// <summary>How numbers appear in reports: invariant culture, whatever the machine's culture.</summary>
public static class Numbers
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Percent(double? value) => value is { } v ? (v * 100).ToString("0.0", Invariant) + "%" : "－";

    public static string WithInterval(Proportion p) =>
        p.N == 0 ? "－" : $"{Percent(p.Value)} [{Percent(p.Low)}, {Percent(p.High)}]";

    public static string Fraction(Proportion p) => p.N == 0 ? "－" : $"{p.Successes}/{p.N}";

    public static string Decimal(double? value, string format = "0.000") => value is { } v ? v.ToString(format, Invariant) : "－";

    /// <summary>Keeps two significant digits below 10 ms, so that a fast local baseline does not read as 0 ms.</summary>
    public static string Milliseconds(double? value) => value switch
    {
        null => "－",
        < 1 => value.Value.ToString("0.00", Invariant) + " ms",
        < 10 => value.Value.ToString("0.0", Invariant) + " ms",
        _ => value.Value.ToString("0", Invariant) + " ms",
    };
}
