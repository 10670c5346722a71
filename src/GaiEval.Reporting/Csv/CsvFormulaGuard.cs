namespace GaiEval.Reporting.Csv;

/// <summary>
/// Neutralises text cells that a spreadsheet would run as a formula (CSV injection): a cell starting with
/// = + - @ (or a tab or carriage return) gets a leading apostrophe.
/// </summary>
public static class CsvFormulaGuard
{
    public static string? Neutralize(string? text) =>
        text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
