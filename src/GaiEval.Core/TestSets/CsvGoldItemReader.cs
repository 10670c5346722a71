namespace GaiEval.Core.TestSets;

using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using GaiEval.Core.Inputs;

/// <summary>
/// Reads gold items from CSV for Excel users: a header row of field names, then one item per record. List cells use
/// <c>;</c> between entries and, in must_include, <c>|</c> between the alternatives of a group.
/// </summary>
/// <remarks>Line numbers are the physical line where a record starts, so cells spanning lines do not shift them.</remarks>
internal static class CsvGoldItemReader
{
    public const char EntrySeparator = ';';
    public const char AlternativeSeparator = '|';

    public static IReadOnlyList<GoldItemDraft> Read(string text, InputErrorCollector errors)
    {
        using var parser = new CsvParser(new StringReader(text), UserCsvConfiguration.ReportingTo(errors));
        if (!parser.Read())
        {
            return [];
        }

        string?[] columns = ReadHeader(parser, errors);
        string[] missingColumns = [.. GoldItemFields.Required.Except(columns.OfType<string>())];
        var drafts = new List<GoldItemDraft>();
        while (parser.Read())
        {
            if (ReadRecord(parser, columns, errors) is { } draft)
            {
                draft.InvalidFields.UnionWith(missingColumns);
                drafts.Add(draft);
            }
        }

        return drafts;
    }

    /// <summary>The field of each column; null for a column that is ignored (no header, unknown or repeated).</summary>
    private static string?[] ReadHeader(CsvParser parser, InputErrorCollector errors)
    {
        int line = CsvRecordLines.StartLine(parser);
        var columns = new string?[parser.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < parser.Count; i++)
        {
            string name = parser[i].Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (!GoldItemFields.Known.Contains(name))
            {
                errors.Add(line, name, ClosestName.UnknownMessage(name, GoldItemFields.All));
            }
            else if (!seen.Add(name))
            {
                errors.Add(line, name, $"列「{name}」が 2 回あります。1 回にしてください");
            }
            else
            {
                columns[i] = name;
            }
        }

        foreach (string required in GoldItemFields.Required.Where(required => !seen.Contains(required)))
        {
            errors.Add(line, required, $"必須の列「{required}」がありません。見出し行に {required} の列を加えてください");
        }

        return columns;
    }

    private static GoldItemDraft? ReadRecord(CsvParser parser, string?[] columns, InputErrorCollector errors)
    {
        string[] cells = parser.Record ?? [];
        if (cells.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }

        int line = CsvRecordLines.StartLine(parser);
        var draft = new GoldItemDraft(line);
        for (int i = 0; i < cells.Length; i++)
        {
            if (cells[i].Length == 0)
            {
                continue;
            }

            if (i >= columns.Length)
            {
                errors.Add(line, "csv", $"{i + 1} 列目に値がありますが、見出しは {columns.Length} 列です。見出しのない列に値を書かないでください");
                break;
            }

            if (columns[i] is { } field && ReadCell(draft, field, cells[i]) is { } problem)
            {
                draft.InvalidFields.Add(field);
                errors.Add(line, field, problem);
            }
        }

        return draft;
    }

    /// <summary>Stores the cell in the draft; returns the problem when it cannot be read.</summary>
    private static string? ReadCell(GoldItemDraft draft, string field, string cell)
    {
        switch (field)
        {
            case GoldItemFields.HumanMinutes or GoldItemFields.ReviewMinutes:
                string digits = cell.Normalize(NormalizationForm.FormKC).Trim();
                return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && draft.SetNumber(field, number)
                    ? null
                    : $"{field} は数値で書いてください（例: 5 や 2.5）（指定値: 「{cell}」）";
            case GoldItemFields.MustInclude:
                draft.MustInclude = [.. Split(cell, EntrySeparator).Select(group => Split(group, AlternativeSeparator))];
                return null;
            case GoldItemFields.Rubric or GoldItemFields.Tags:
                // A trailing ';' left by hand is harmless here: an empty rubric point or tag means nothing.
                draft.SetList(field, [.. Split(cell, EntrySeparator).Where(entry => entry.Length > 0)]);
                return null;
            case GoldItemFields.MustNotInclude or GoldItemFields.Sources:
                draft.SetList(field, Split(cell, EntrySeparator));
                return null;
            default:
                draft.SetText(field, cell);
                return null;
        }
    }

    private static List<string> Split(string cell, char separator) => [.. cell.Split(separator).Select(part => part.Trim())];
}
