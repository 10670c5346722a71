namespace GaiEval.Core.Collection;

using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using GaiEval.Core.Inputs;
using GaiEval.Core.TestSets;

/// <summary>
/// Reads a filled collection sheet as Excel may have saved it (UTF-8 with or without BOM, or CP932). Columns are found by
/// their heading, in any order; other columns are ignored. A row whose answer, seconds, collector and date are all empty
/// is not collected yet and is skipped. Every problem is reported with the line where its row starts.
/// </summary>
public static class CollectionSheetReader
{
    public static CollectedSheet Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var errors = new InputErrorCollector(path);
        if (!File.Exists(path))
        {
            errors.Add(0, "SHEET", "ファイルが見つかりません。パスを確認してください");
            return new CollectedSheet(path, [], 0, errors.Errors);
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
            errors.Add(0, "SHEET", "シートが空です。gaieval collect export で書き出したシートを使ってください");
            return new CollectedSheet(path, [], 0, errors.Errors);
        }

        Dictionary<string, int> columns = ReadHeader(records, errors);
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

    private static Dictionary<string, int> ReadHeader(SheetRecords header, InputErrorCollector errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Cells.Length; i++)
        {
            string name = header.Cells[i].Trim();
            if (CollectionSheet.ImportColumns.Contains(name) && !columns.TryAdd(name, i))
            {
                errors.Add(header.Line, name, $"列「{name}」が 2 回あります。1 回にしてください");
            }
        }

        foreach (string missing in CollectionSheet.ImportColumns.Where(name => !columns.ContainsKey(name)))
        {
            errors.Add(header.Line, missing, $"列「{missing}」がありません。gaieval collect export で書き出した見出し行を消さずに使ってください");
        }

        return columns;
    }
}
