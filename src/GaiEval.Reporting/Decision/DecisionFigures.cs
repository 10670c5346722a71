namespace GaiEval.Reporting.Decision;

using System.Globalization;
using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Model;
using GaiEval.Reporting.Text;

/// <summary>How decision.md writes figures for a manager: a value, its 95% interval and what it rests on.</summary>
internal static class DecisionFigures
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>e.g. 「91.2%（95%区間 87.4〜94.0%、n=182）」; 「－（n=0）」 when nothing was measured.</summary>
    public static string Percent(Estimate e) =>
        e.Value is { } v ? $"{Numbers.Percent(v)}（95%区間 {Numbers.Percent(e.Low)}〜{Numbers.Percent(e.High)}、n={e.N}）" : $"－（n={e.N}）";

    public static string Amount(Estimate? e, string unit, string format = "#,0") =>
        e?.Value is not { } v ? "－"
        : e.Low == e.High ? $"{Number(v, format)} {unit}"
        : $"{Number(v, format)} {unit}（95%区間 {Number(e.Low, format)}〜{Number(e.High, format)}）";

    public static string Amount(UnitCost? cost, string unit) =>
        cost is null ? "－"
        : $"{Number(cost.Value, "#,0.0")} {unit}（95%区間 {Number(cost.Low, "#,0.0")}〜{(cost.High is { } h ? Number(h, "#,0.0") : "上限なし")}）";

    /// <summary>e.g. 「3.85（95%区間 3.70〜4.00、n=94）」: a mean or a difference with its interval and n; 「－（n=0）」 without a value.</summary>
    public static string WithN(Estimate? e, string unit, string format = "0.00") =>
        e?.Value is not { } v ? $"－（n={e?.N ?? 0}）"
        : e.Low == e.High ? $"{Number(v, format)}{unit}（n={e.N}）"
        : $"{Number(v, format)}{unit}（95%区間 {Number(e.Low, format)}〜{Number(e.High, format)}、n={e.N}）";

    public static string Money(double? value, string currency) => value is { } v ? $"{Number(v, "#,0")} {Numbers.CurrencyUnit(currency)}" : "－";

    public static string Number(double value, string format = "#,0") => value.ToString(format, Invariant);

    public static string Count(int value) => Numbers.Count(value);

    public static string Milliseconds(Estimate? e) => e?.Value is { } v ? $"{Number(v / 1000, "0.00")} 秒" : "－";

    public static string Sensitivity(Sensitivity sensitivity) => Core.Plans.SensitivityNames.Label(sensitivity);

    /// <summary>Text shortened to <paramref name="length"/> characters, on one line.</summary>
    public static string Excerpt(string? text, int length = 60)
    {
        string line = (text ?? string.Empty).ReplaceLineEndings(" ").Trim();
        return line.Length <= length ? line : line[..length] + "…";
    }
}
