namespace GaiEval.Core.Kpi;

using GaiEval.Core.Kpi.Import;

/// <summary>
/// One imported KPI file. The period is the span of its data as sortable text: survey waves as written (2026-10), usage
/// timestamps in UTC (2026-10-01T00:00:00Z), timing dates (2026-11-04); null when the file holds none.
/// </summary>
public sealed record StoredKpiImport
{
    public required long ImportId { get; init; }

    public required KpiKind Kind { get; init; }

    public required string FileName { get; init; }

    public required string ContentHash { get; init; }

    public string? MappingFileName { get; init; }

    /// <summary>Every stored record, the harness's own included.</summary>
    public required long Rows { get; init; }

    /// <summary>Usage events sent by the evaluation harness itself (counted apart, never as a user).</summary>
    public required long HarnessRows { get; init; }

    public string? PeriodFrom { get; init; }

    public string? PeriodTo { get; init; }

    public required DateTimeOffset ImportedAt { get; init; }

    /// <summary>Whether both imports are of the same kind and their periods share at least one wave, instant or date.</summary>
    public bool Overlaps(StoredKpiImport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Kind == Kind && other.ImportId != ImportId
            && PeriodFrom is not null && PeriodTo is not null && other.PeriodFrom is not null && other.PeriodTo is not null
            && string.CompareOrdinal(PeriodFrom, other.PeriodTo) <= 0 && string.CompareOrdinal(other.PeriodFrom, PeriodTo) <= 0;
    }
}
