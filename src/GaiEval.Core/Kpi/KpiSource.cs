namespace GaiEval.Core.Kpi;

using GaiEval.Core.Kpi.Import;

/// <summary>One file of real use the plan names: its kind, path and the mapping (YAML) it is read with, if any.</summary>
public sealed record KpiSource(KpiKind Kind, string File, string? Mapping = null);
