namespace GaiEval.Core.Analysis.Economics;

using System.Globalization;

/// <summary>How an amount reads in Japanese text: 1,234,567 円 (JPY, or no currency), else 1,234 USD.</summary>
public static class Money
{
    public static string Unit(string? currency) => currency is null or "JPY" ? "円" : currency;

    public static string Amount(double value, string? currency) =>
        value.ToString("#,0", CultureInfo.InvariantCulture) + " " + Unit(currency);
}
