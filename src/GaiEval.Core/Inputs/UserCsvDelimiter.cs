namespace GaiEval.Core.Inputs;

using CsvHelper.Delegates;

/// <summary>
/// The delimiter of a sheet a user saved: a tab when the heading line has one (Excel's 「Unicode テキスト」 is tab-separated),
/// else a comma. Only the heading line decides, because cells may hold the other signs (「;」 and 「|」 separate list entries).
/// </summary>
internal static class UserCsvDelimiter
{
    public static string FromHeadingLine(GetDelimiterArgs args)
    {
        string text = args.Text;
        int end = text.AsSpan().IndexOfAny('\r', '\n');
        return text.AsSpan(0, end < 0 ? text.Length : end).Contains('\t') ? "\t" : ",";
    }
}
