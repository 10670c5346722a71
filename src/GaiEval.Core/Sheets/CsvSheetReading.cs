namespace GaiEval.Core.Sheets;

using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using GaiEval.Core.Inputs;

/// <summary>
/// Opens a sheet that a gaieval export command wrote, as Excel may have saved it (UTF-8 with or without BOM, or CP932),
/// and finds its columns by heading, in any order. Every problem is reported with its line, pointing to the export command.
/// </summary>
/// <param name="exportCommand">The command that writes the sheet, as the messages name it (gaieval collect export).</param>
/// <param name="importColumns">The columns the import reads; each may stand once.</param>
/// <param name="requiredColumns">The columns the import cannot do without.</param>
/// <param name="headingKey">What of a heading cell is compared with a column name (trimmed, or normalised as well).</param>
internal sealed class CsvSheetReading(
    string exportCommand, IReadOnlyList<string> importColumns, IReadOnlyList<string> requiredColumns, Func<string, string> headingKey)
{
    /// <summary>The sheet's records, standing on the heading row; null, with the error reported, when the file is missing or empty.</summary>
    public SheetRecords? OpenAtHeadings(string path, InputErrorCollector errors)
    {
        if (!File.Exists(path))
        {
            errors.Add(0, "SHEET", "ファイルが見つかりません。パスを確認してください");
            return null;
        }

        var badLines = new HashSet<int>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            GetDelimiter = UserCsvDelimiter.FromHeadingLine,
            BadDataFound = args =>
            {
                int line = CsvRecordLines.BadQuoteLine(args.Context.Parser!);
                if (badLines.Add(line))
                {
                    errors.Add(line, "csv", "引用符（\"）の使い方が正しくありません。引用符で囲んだセルの中の \" は \"\" と 2 つ重ねてください");
                }
            },
        };
        var records = new SheetRecords(new CsvParser(UserTextFile.Open(path), configuration));
        if (records.Next())
        {
            return records;
        }

        records.Dispose();
        errors.Add(0, "SHEET", $"シートが空です。{exportCommand} で書き出したシートを使ってください");
        return null;
    }

    /// <summary>The index of each import column in the heading row; a column standing twice or missing is reported.</summary>
    public Dictionary<string, int> Columns(SheetRecords headings, InputErrorCollector errors)
    {
        Dictionary<string, string> byHeading = importColumns.ToDictionary(headingKey, name => name, StringComparer.Ordinal);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < headings.Cells.Length; i++)
        {
            if (byHeading.TryGetValue(headingKey(headings.Cells[i]), out string? name) && !columns.TryAdd(name, i))
            {
                errors.Add(headings.Line, name, $"列「{name}」が 2 回あります。1 回にしてください");
            }
        }

        foreach (string missing in requiredColumns.Where(name => !columns.ContainsKey(name)))
        {
            errors.Add(headings.Line, missing, $"列「{missing}」がありません。{exportCommand} で書き出した見出し行を消さずに使ってください");
        }

        return columns;
    }
}
