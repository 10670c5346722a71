namespace GaiEval.Reporting.Html;

using System.Globalization;
using System.Net;
using GaiEval.Core.Analysis;

/// <summary>Escaping and number formatting for the HTML report: every text from a plan, an item or a model goes through <see cref="E"/>.</summary>
internal static class HtmlText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>
    /// <see cref="E"/> of at most <paramref name="maxChars"/> characters of the text (never splitting a surrogate pair), with
    /// how many were left out; the whole text when <paramref name="maxChars"/> is null or the text is short enough.
    /// </summary>
    public static string E(string? text, int? maxChars)
    {
        text ??= string.Empty;
        if (maxChars is not { } max || text.Length <= max)
        {
            return E(text);
        }

        int cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return E(text[..cut]) + $"…（以下 {(text.Length - cut).ToString("#,0", Invariant)} 文字を省略）";
    }

    public static string Percent(double? value) => Text.Numbers.Percent(value);

    /// <summary>A share with its interval and n: 85.0% [70.2%, 93.0%]（n=40）.</summary>
    public static string Share(Estimate estimate) =>
        estimate.N == 0 || estimate.Value is null
            ? "－（n=0）"
            : $"{Percent(estimate.Value)} [{Percent(estimate.Low)}, {Percent(estimate.High)}]（n={estimate.N}）";

    /// <summary>Any estimate with its interval, formatted by <paramref name="format"/>; an exact figure without an interval.</summary>
    public static string Figure(Estimate? estimate, Func<double, string> format)
    {
        if (estimate?.Value is not { } value)
        {
            return "－";
        }

        return estimate.Low == estimate.High && estimate.Low == value
            ? format(value)
            : $"{format(value)} [{format(estimate.Low)}, {format(estimate.High)}]";
    }

    public static string Money(double value, string? currency) =>
        currency is null or "JPY" ? value.ToString("#,0", Invariant) + " 円" : value.ToString("#,0.##", Invariant) + " " + currency;

    public static string Hours(double value) => value.ToString("#,0.0", Invariant) + " 時間";

    public static string Number(double? value, string format = "#,0.#") => value is { } v ? v.ToString(format, Invariant) : "－";

    public static string Milliseconds(double value) => Text.Numbers.Milliseconds(value);
}
