namespace GaiEval.Core.Kpi;

/// <summary>
/// Which stored KPI records to read: those of the given imports (null: every import) within the period, in JST days,
/// both ends inclusive (null: unbounded). Survey waves are kept when they name a month or day (2026-10, 2026-10-15)
/// that touches the period, or when they name no date at all (then the findings say so).
/// </summary>
public sealed record KpiSelection(IReadOnlyList<long>? ImportIds = null, DateOnly? From = null, DateOnly? To = null)
{
    public static KpiSelection All { get; } = new();

    public bool Contains(DateOnly day) => (From is not { } from || day >= from) && (To is not { } to || day <= to);

    /// <summary>Whether the days from <paramref name="first"/> to <paramref name="last"/> share at least one day with the period.</summary>
    public bool Touches(DateOnly first, DateOnly last) => (From is not { } from || last >= from) && (To is not { } to || first <= to);
}
