namespace GaiEval.Tests.Cli.Postgres;

using System.Text.RegularExpressions;

/// <summary>
/// What legitimately differs between two runs of the same plan: the run id, the start and end times, and the measured
/// response times (in milliseconds and seconds, in tables, in the CSV's latency columns and in the SVG charts drawn from them).
/// Everything else of the reports must be the same bytes, except the padding of a table row that holds a response time (a
/// column is as wide as its widest cell, so 99 ms and 102 ms pad the row differently).
/// </summary>
public static partial class ReportNormaliser
{
    public static string Text(string text, string runId)
    {
        string result = text.Replace(runId, "RUN_ID", StringComparison.Ordinal);
        result = Timestamp().Replace(result, "TIME");
        result = Milliseconds().Replace(result, "N ms");
        result = string.Join('\n', result.Split('\n').Select(line => line.Contains("N ms", StringComparison.Ordinal) ? Padding().Replace(line, " ") : line));
        result = Seconds().Replace(result, "N 秒");
        result = LatencyJson().Replace(result, "\"${key}\": N");
        return Svg().Replace(result, "<svg/>");
    }

    /// <summary>The CSV with its latency columns (the header names 応答時間 or ms) emptied.</summary>
    public static string Csv(string csv, string runId)
    {
        string[] lines = Text(csv, runId).Split('\n');
        string[] header = lines[0].Split(',');
        int[] latency = [.. header.Select((name, index) => (name, index)).Where(c => c.name.Contains("応答", StringComparison.Ordinal) || c.name.Contains("ms", StringComparison.Ordinal)).Select(c => c.index)];
        return string.Join('\n', lines.Select((line, number) => number == 0 ? line : LatencyCells().Replace(line, m => Blank(m, latency))));
    }

    // The latency cells are the only decimal pair right after the evaluator figures; they are located by column, the answer
    // text (which holds commas inside quotes) comes after them.
    private static string Blank(Match row, int[] latency)
    {
        string[] cells = row.Value.Split(',');
        foreach (int index in latency.Where(i => i < cells.Length))
        {
            cells[index] = string.Empty;
        }

        return string.Join(',', cells);
    }

    [GeneratedRegex(" {2,}")]
    private static partial Regex Padding();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?( ?[+-]\d{2}:\d{2}|Z)?")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"\d[\d,]*(\.\d+)? ?ms")]
    private static partial Regex Milliseconds();

    [GeneratedRegex(@"\d[\d,]*(\.\d+)?( \[[\d.,]+, [\d.,]+\])? ?秒")]
    private static partial Regex Seconds();

    [GeneratedRegex(@"""(?<key>[a-z_]*latency[a-z_0-9]*)"": -?[\d.eE+-]+")]
    private static partial Regex LatencyJson();

    [GeneratedRegex(@"<svg[\s\S]*?</svg>")]
    private static partial Regex Svg();

    // The leading cells of a row, up to the first quoted cell (the answer texts).
    [GeneratedRegex(@"^[^""\n]*")]
    private static partial Regex LatencyCells();
}
