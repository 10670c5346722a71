namespace GaiEval.Cli.Commands;

using GaiEval.Core.Reporting;
using GaiEval.Reporting;

/// <summary>Picks the writers of <c>gaieval report --format</c> (the formats are <see cref="ReportWriters.ByFormat"/>).</summary>
internal static class ReportFormats
{
    public static IReadOnlyDictionary<string, IReadOnlyList<IReportWriter>> All => ReportWriters.ByFormat;

    /// <summary>The writers for a comma-separated list such as "md,csv"; every format when <paramref name="list"/> is null or blank.</summary>
    /// <exception cref="ArgumentException">A format is not in <see cref="All"/>; the message names it and the known ones.</exception>
    public static IReadOnlyList<IReportWriter> Writers(string? list)
    {
        string[] names = string.IsNullOrWhiteSpace(list)
            ? [.. All.Keys]
            : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        List<string> unknown = [.. names.Where(n => !All.ContainsKey(n))];
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"知らない形式です: {string.Join(", ", unknown)}（使える形式: {string.Join(", ", All.Keys)}）");
        }

        return [.. names.Distinct(StringComparer.OrdinalIgnoreCase).SelectMany(n => All[n])];
    }
}
