namespace GaiEval.Reporting.Json;

using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Import;

/// <summary>One imported file the KPIs rest on: its name, kind, rows (the harness's own apart) and the span of its data.</summary>
public sealed record KpiSourceFacts(
    long ImportId,
    KpiKind Kind,
    string FileName,
    string? MappingFileName,
    long Rows,
    long HarnessRows,
    string? PeriodFrom,
    string? PeriodTo,
    string ContentHash,
    DateTimeOffset ImportedAt)
{
    public static KpiSourceFacts Of(StoredKpiImport source) =>
        new(source.ImportId, source.Kind, source.FileName, source.MappingFileName, source.Rows, source.HarnessRows, source.PeriodFrom,
            source.PeriodTo, source.ContentHash, source.ImportedAt);
}
