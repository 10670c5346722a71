namespace GaiEval.Core.Review;

using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using GaiEval.Core.Collection;
using GaiEval.Core.Inputs;
using GaiEval.Core.TestSets;

/// <summary>
/// Reads a filled review sheet as Excel may have saved it (UTF-8 with or without BOM; CP932 is read as well). Columns are
/// found by their heading, in any order; other columns are ignored. A row without a grade is not graded yet and is
/// skipped. Every problem is reported with the line where its row starts.
/// </summary>
public static class ReviewSheetReader
{
    public static ReviewedSheet Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var errors = new InputErrorCollector(path);
        if (!File.Exists(path))
        {
            errors.Add(0, "SHEET", "ファイルが見つかりません。パスを確認してください");
            return new ReviewedSheet(path, [], 0, false, errors.Errors);
        }

        var badLines = new HashSet<int>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = args =>
            {
                if (badLines.Add(args.Context.Parser!.RawRow))
                {
                    errors.Add(args.Context.Parser.RawRow, "csv", "引用符（\"）の使い方が正しくありません。引用符で囲んだセルの中の \" は \"\" と 2 つ重ねてください");
                }
            },
        };
        using var parser = new CsvParser(new StringReader(CsvTextDecoder.Decode(File.ReadAllBytes(path))), configuration);
        var records = new SheetRecords(parser);
        if (!records.Next())
        {
            errors.Add(0, "SHEET", "シートが空です。gaieval review export で書き出したシートを使ってください");
            return new ReviewedSheet(path, [], 0, false, errors.Errors);
        }

        Dictionary<string, int> columns = ReadHeader(records, errors);
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

    private static Dictionary<string, int> ReadHeader(SheetRecords header, InputErrorCollector errors)
    {
        Dictionary<string, string> byHeading = ReviewSheet.ImportColumns.ToDictionary(ReviewCells.Normalized, name => name, StringComparer.Ordinal);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Cells.Length; i++)
        {
            if (byHeading.TryGetValue(ReviewCells.Normalized(header.Cells[i]), out string? name) && !columns.TryAdd(name, i))
            {
                errors.Add(header.Line, name, $"列「{name}」が 2 回あります。1 回にしてください");
            }
        }

        foreach (string missing in ReviewSheet.RequiredColumns.Where(name => !columns.ContainsKey(name)))
        {
            errors.Add(header.Line, missing, $"列「{missing}」がありません。gaieval review export で書き出した見出し行を消さずに使ってください");
        }

        return columns;
    }
}
