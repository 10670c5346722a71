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
        return LineBreaks(record);
    }

    /// <summary>
    /// The line to name for a misused quote: where the quote opens when it is never closed (the parser has then read to the
    /// end of the file), else the line the parser stands on.
    /// </summary>
    public static int BadQuoteLine(IParser parser)
    {
        string raw = parser.RawRecord;
        if (UnclosedQuote(raw, parser.Delimiter) is not { } open)
        {
            return parser.RawRow;
        }

        // Every break of an unclosed record lies inside its quote, so each one moved the parser's line on.
        int start = parser.RawRow - LineBreaks(raw);
        return start + LineBreaks(raw[..open]);
    }

    private static int? UnclosedQuote(string raw, string delimiter)
    {
        bool fieldStart = true;
        int? open = null;
        for (int i = 0; i < raw.Length; i++)
        {
            if (open is not null)
            {
                if (raw[i] == '"' && i + 1 < raw.Length && raw[i + 1] == '"')
                {
                    i++;
                }
                else if (raw[i] == '"')
                {
                    open = null;
                }

                continue;
            }

            if (fieldStart && raw[i] == '"')
            {
                open = i;
            }

            fieldStart = raw.AsSpan(i).StartsWith(delimiter, StringComparison.Ordinal) || raw[i] is '\n' or '\r';
        }

        return open;
    }

    private static int LineBreaks(string text)
    {
        int breaks = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                breaks++;
            }
        }

        return breaks;
    }
}
