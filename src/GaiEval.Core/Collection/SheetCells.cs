namespace GaiEval.Core.Collection;

using System.Globalization;
using GaiEval.Core.Sheets;

/// <summary>Reads the cells staff type into a collection sheet, as Excel may save them.</summary>
internal static class SheetCells
{
    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"];

    /// <summary>Seconds as a finite number ≥ 0; full-width digits and a trailing 秒 are accepted.</summary>
    public static double? Seconds(string cell)
    {
        string text = CellText.Normalized(cell);
        if (text.EndsWith('秒'))
        {
            text = text[..^1].TrimEnd();
        }

        return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double seconds) && double.IsFinite(seconds)
            ? seconds
            : null;
    }

    /// <summary>yyyy-MM-dd, or yyyy/M/d as Japanese Excel saves a date cell.</summary>
    public static DateOnly? Date(string cell) =>
        DateOnly.TryParseExact(CellText.Normalized(cell), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : null;
}
