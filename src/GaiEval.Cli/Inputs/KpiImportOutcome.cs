namespace GaiEval.Cli.Inputs;

using GaiEval.Core.Kpi;

/// <summary>
/// What importing a KPI file did: the import (the one stored now, or the earlier one of the same content when
/// <see cref="AlreadyStored"/>), and the stored imports of the same kind whose period it overlaps (none when already stored).
/// </summary>
internal sealed record KpiImportOutcome(StoredKpiImport Import, bool AlreadyStored, IReadOnlyList<StoredKpiImport> Overlapping);
