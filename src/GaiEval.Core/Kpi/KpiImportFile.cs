namespace GaiEval.Core.Kpi;

using GaiEval.Core.Kpi.Import;

/// <summary>What is recorded of a KPI file being imported: its kind, name, content hash and the mapping it was read with.</summary>
public sealed record KpiImportFile(KpiKind Kind, string FileName, string ContentHash, string? MappingFileName);
