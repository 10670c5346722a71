namespace GaiEval.Core.Collection;

using System.Globalization;
using System.Text;

/// <summary>Reads the cells staff type into a collection sheet, as Excel may save them.</summary>
internal static class SheetCells
{
    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"];

    /// <summary>Seconds as a finite number ≥ 0; full-width digits and a trailing 秒 are accepted.</summary>
    public static double? Seconds(string cell)
    {
        string text = Normalize(cell);
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
        DateOnly.TryParseExact(Normalize(cell), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : null;

    /// <summary>An item id as exported: the formula guard's leading apostrophe (before = + - @) is taken off.</summary>
    public static string ItemId(string cell)
    {
        string id = cell.Trim();
        return id.Length > 1 && id[0] == '\'' && id[1] is '=' or '+' or '-' or '@' ? id[1..] : id;
    }

    private static string Normalize(string cell) => cell.Normalize(NormalizationForm.FormKC).Trim();
}
