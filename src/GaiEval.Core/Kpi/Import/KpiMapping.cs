namespace GaiEval.Core.Kpi.Import;

/// <summary>
/// How one export's layout maps to a KPI input's canonical fields: the column header of each field, the canonical value of
/// each answer label, the separator of multi-select cells and how timestamps are written.
/// </summary>
public sealed record KpiMapping
{
    public const string DefaultListSeparator = ";";

    /// <summary>The mapping file, as errors name it.</summary>
    public required string Path { get; init; }

    public required KpiKind Kind { get; init; }

    /// <summary>Canonical field → the export's column header.</summary>
    public IReadOnlyDictionary<string, string> Columns { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Canonical field → (the export's label, NFKC-normalised and trimmed, 〜 as ~ → the canonical value as text).</summary>
    /// <remarks>A band is written as 0.25-0.75, or 60以上 when open-ended, so that it reads as the canonical cell would.</remarks>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Values { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);

    public string ListSeparator { get; init; } = DefaultListSeparator;

    /// <summary>A .NET custom date-and-time format; null for ISO 8601 and yyyy-MM-dd HH:mm(:ss).</summary>
    public string? TimestampFormat { get; init; }

    /// <summary>The offset of timestamps that name none.</summary>
    public TimeSpan TimeZone { get; init; } = DefaultTimeZone;

    public static TimeSpan DefaultTimeZone { get; } = TimeSpan.FromHours(9);

    /// <summary>The line of each entry in the mapping file (kind, columns.wave, …), for errors found when a file is read.</summary>
    internal IReadOnlyDictionary<string, int> Lines { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    internal int LineOf(string entry) => Lines.TryGetValue(entry, out int line) ? line : 0;
}
