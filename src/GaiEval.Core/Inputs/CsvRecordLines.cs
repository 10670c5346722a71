namespace GaiEval.Core.Inputs;

using CsvHelper;

/// <summary>Where a CSV record starts in the file, counted as an editor counts lines (a quoted cell may span several).</summary>
internal static class CsvRecordLines
{
    /// <summary>1-based physical line on which the parser's current record starts.</summary>
    public static int StartLine(CsvParser parser) => parser.RawRow - LineBreaksInside(parser.RawRecord);

    /// <summary>Line breaks inside the record, not counting the one that ends it.</summary>
    public static int LineBreaksInside(string rawRecord)
    {
        string record = rawRecord.EndsWith("\r\n", StringComparison.Ordinal) ? rawRecord[..^2]
            : rawRecord.EndsWith('\n') || rawRecord.EndsWith('\r') ? rawRecord[..^1]
            : rawRecord;
        int breaks = 0;
        for (int i = 0; i < record.Length; i++)
        {
            if (record[i] == '\n' || (record[i] == '\r' && (i + 1 == record.Length || record[i + 1] != '\n')))
            {
                breaks++;
            }
        }

        return breaks;
    }
}
