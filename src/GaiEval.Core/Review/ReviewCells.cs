namespace GaiEval.Core.Review;

using System.Text;

/// <summary>Reads the cells of a review sheet back as they were before export.</summary>
internal static class ReviewCells
{
    /// <summary>
    /// The cell without surrounding white space, and without the apostrophe the formula guard put before
    /// = + - @ (or a tab or carriage return), so a guarded cell reads back as the original text.
    /// </summary>
    public static string Text(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && cell[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? cell[1..].Trim() : cell.Trim();

    /// <summary>Headings and numbers as users may retype them: full-width and half-width forms alike (NFKC), trimmed.</summary>
    public static string Normalized(string cell) => cell.Normalize(NormalizationForm.FormKC).Trim();
}
