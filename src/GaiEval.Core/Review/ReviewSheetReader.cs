namespace GaiEval.Core.Review;

using GaiEval.Core.Inputs;
using GaiEval.Core.Sheets;

/// <summary>
/// Reads a filled review sheet as Excel may have saved it (UTF-8 with or without BOM; CP932 is read as well). Columns are
/// found by their heading, in any order; other columns are ignored. A row without a grade is not graded yet and is
/// skipped. Every problem is reported with the line where its row starts.
/// </summary>
public static class ReviewSheetReader
{
    private static readonly CsvSheetReading Sheet =
        new("gaieval review export", ReviewSheet.ImportColumns, ReviewSheet.RequiredColumns, CellText.Normalized);

    public static ReviewedSheet Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var errors = new InputErrorCollector(path);
        using SheetRecords? records = Sheet.OpenAtHeadings(path, errors);
        if (records is null)
        {
            return new ReviewedSheet(path, [], 0, false, errors.Errors);
        }

        Dictionary<string, int> columns = Sheet.Columns(records, errors);
        var rows = new ReviewedRowParser(columns, errors);
        while (records.Next())
        {
            rows.Parse(records);
        }

        if (rows.Rows.Count == 0 && !errors.HasErrors)
        {
            errors.Add(0, "SHEET", $"判定が記入された行がありません。「{ReviewSheet.Grade}」に {ReviewSheet.AllowedGrades} のどれかを記入してから取り込んでください");
        }

        return new ReviewedSheet(
            path, rows.Rows, rows.Ungraded, columns.ContainsKey(ReviewSheet.Reviewer), [.. errors.Errors.OrderBy(error => error.Line)]);
    }
}
