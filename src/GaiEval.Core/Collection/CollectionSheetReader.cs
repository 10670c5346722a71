namespace GaiEval.Core.Collection;

using GaiEval.Core.Inputs;
using GaiEval.Core.Sheets;

/// <summary>
/// Reads a filled collection sheet as Excel may have saved it (UTF-8 with or without BOM, or CP932). Columns are found by
/// their heading, in any order; other columns are ignored. A row whose answer, seconds, collector and date are all empty
/// is not collected yet and is skipped. Every problem is reported with the line where its row starts.
/// </summary>
public static class CollectionSheetReader
{
    private static readonly CsvSheetReading Sheet =
        new("gaieval collect export", CollectionSheet.ReadColumns, CollectionSheet.ImportColumns, heading => heading.Trim());

    public static CollectedSheet Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var errors = new InputErrorCollector(path);
        using SheetRecords? records = Sheet.OpenAtHeadings(path, errors);
        if (records is null)
        {
            return new CollectedSheet(path, [], 0, errors.Errors);
        }

        Dictionary<string, int> columns = Sheet.Columns(records, errors);
        var rows = new CollectedRowParser(columns, errors);
        while (records.Next())
        {
            rows.Parse(records);
        }

        if (rows.Rows.Count == 0 && !errors.HasErrors)
        {
            errors.Add(0, "SHEET", "回答が記入された行がありません。回答・所要秒数・収集者・収集日を記入してから取り込んでください");
        }

        return new CollectedSheet(path, rows.Rows, rows.Uncollected, [.. errors.Errors.OrderBy(error => error.Line)]);
    }
}
