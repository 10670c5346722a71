namespace GaiEval.Core.Sheets;

using System.Text;

/// <summary>Reads exported cells back as staff or Excel may have changed them.</summary>
internal static class CellText
{
    /// <summary>
    /// The cell without the apostrophe the formula guard put before = + - @ (or a tab or carriage return), so a guarded
    /// cell reads back as the original text.
    /// </summary>
    public static string Unguarded(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && cell[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? cell[1..] : cell;

    /// <summary>Headings and numbers as users may retype them: full-width and half-width forms alike (NFKC), trimmed.</summary>
    public static string Normalized(string cell) => cell.Normalize(NormalizationForm.FormKC).Trim();
}
