namespace GaiEval.Core.Kpi.Import;

using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using GaiEval.Core.Inputs;

/// <summary>Streams the records of a KPI CSV after its header row, one <see cref="KpiRow"/> at a time, in constant memory.</summary>
internal static class KpiCsv
{
    /// <summary>Reads a KPI CSV into records: each row through <paramref name="project"/>, a row with any fault left out (and reported).</summary>
    public static KpiReading<T> Read<T>(string path, KpiKind kind, KpiMapping? mapping, StaffKeyHasher hasher, Func<KpiRow, T> project) =>
        new(path, reading => Records(path, kind, mapping, hasher, project, reading));

    private static IEnumerable<T> Records<T>(
        string path, KpiKind kind, KpiMapping? mapping, StaffKeyHasher hasher, Func<KpiRow, T> project, KpiReading<T> reading)
    {
        foreach (KpiRow row in Rows(path, kind, mapping, hasher, reading.Add))
        {
            T record = project(row);
            if (!row.Failed)
            {
                yield return record;
            }
        }
    }

    public static IEnumerable<KpiRow> Rows(string path, KpiKind kind, KpiMapping? mapping, StaffKeyHasher hasher, Action<InputError> report)
    {
        if (!File.Exists(path))
        {
            report(new InputError(path, 0, "csv", "ファイルが見つかりません。パスを確認してください"));
            yield break;
        }

        if (mapping is not null && mapping.Kind != kind)
        {
            report(new InputError(mapping.Path, mapping.LineOf("kind"), "kind", $"この対応表は {KpiFields.Name(mapping.Kind)} 用です。{KpiFields.Name(kind)} を取り込むには kind: {KpiFields.Name(kind)} の対応表を指定してください"));
            yield break;
        }

        int lastBadLine = 0;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            GetDelimiter = UserCsvDelimiter.FromHeadingLine,
            BadDataFound = args =>
            {
                // Lines only grow, so one remembered line keeps a record reported once without a set that grows with the file.
                int line = CsvRecordLines.BadQuoteLine(args.Context.Parser!);
                if (line != lastBadLine)
                {
                    lastBadLine = line;
                    report(new InputError(path, line, "csv", "引用符（\"）の使い方が正しくありません。引用符で囲んだセルの中の \" は \"\" と 2 つ重ねてください"));
                }
            },
        };
        if (OpenReporting(path, report) is not { } reader)
        {
            yield break;
        }

        using var parser = new CsvParser(reader, configuration);
        if (!parser.Read())
        {
            report(new InputError(path, 0, "csv", "ファイルが空です。見出し行と回答の行を入れてください"));
            yield break;
        }

        if (KpiColumns.Resolve(path, CsvRecordLines.StartLine(parser), parser.Record ?? [], kind, mapping, report) is not { } columns)
        {
            yield break;
        }

        while (parser.Read())
        {
            string[] cells = parser.Record ?? [];
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            int line = CsvRecordLines.StartLine(parser);
            if (lastBadLine >= line && lastBadLine <= parser.RawRow)
            {
                continue;
            }

            yield return new KpiRow(path, line, cells, columns, kind, mapping, hasher, report);
        }
    }

    /// <summary>The file's reader, or null with the errors reported when it is in no encoding gaieval reads.</summary>
    private static StreamReader? OpenReporting(string path, Action<InputError> report)
    {
        try
        {
            return UserTextFile.Open(path);
        }
        catch (InputException exception)
        {
            foreach (InputError error in exception.Errors)
            {
                report(error);
            }

            return null;
        }
    }
}
