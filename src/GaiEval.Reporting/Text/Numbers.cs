namespace GaiEval.Reporting.Text;

using System.Globalization;
using GaiEval.Core.Analysis;

/// <summary>How numbers appear in reports: invariant culture, whatever the machine's culture.</summary>
public static class Numbers
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>How a currency is written after an amount: 円 for JPY (and when none is given), else its code.</summary>
    public static string CurrencyUnit(string? currency) => Core.Analysis.Economics.Money.Unit(currency);

    /// <summary>A count of people or rows with thousands separators, e.g. 1,234.</summary>
    public static string Count(long value) => value.ToString("#,0", Invariant);

    /// <summary>A difference or an NPS with its sign: +3.8, -2.0, 0.0.</summary>
    public static string Signed(double value) => value.ToString("+0.0;-0.0;0.0", Invariant);

    public static string Percent(double? value) => value is { } v ? (v * 100).ToString("0.0", Invariant) + "%" : "－";

    public static string WithInterval(Proportion p) =>
        p.N == 0 ? "－" : $"{Percent(p.Value)} [{Percent(p.Low)}, {Percent(p.High)}]";

    public static string Fraction(Proportion p) => p.N == 0 ? "－" : $"{p.Successes}/{p.N}";

    public static string Decimal(double? value, string format = "0.000") => value is { } v ? v.ToString(format, Invariant) : "－";

    /// <summary>
    /// An amount that may be a fraction of a yen (a cost per task, a judge's token cost): up to 3 decimals in yen, 5 in other
    /// currencies, e.g. 0.045 円, 0.00012 USD.
    /// </summary>
    public static string Price(double value, string? currency) =>
        currency is null or "JPY" ? value.ToString("#,0.###", Invariant) + " 円" : value.ToString("#,0.#####", Invariant) + " " + currency;

    /// <summary>Keeps two significant digits below 10 ms, so that a fast local baseline does not read as 0 ms.</summary>
    public static string Milliseconds(double? value) => value switch
    {
        null => "－",
        < 1 => value.Value.ToString("0.00", Invariant) + " ms",
        < 10 => value.Value.ToString("0.0", Invariant) + " ms",
        _ => value.Value.ToString("0", Invariant) + " ms",
    };
}
