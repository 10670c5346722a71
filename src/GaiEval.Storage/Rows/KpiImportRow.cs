using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Import;

namespace GaiEval.Storage.Rows;

/// <summary>A row of <c>kpi_imports</c>.</summary>
internal sealed record KpiImportRow
{
    public const string SelectColumns =
        "import_id AS ImportId, kind AS Kind, file_name AS FileName, content_hash AS ContentHash, mapping_file AS MappingFile, " +
        "rows AS Rows, harness_rows AS HarnessRows, period_from AS PeriodFrom, period_to AS PeriodTo, imported_at AS ImportedAt";

    public required long ImportId { get; init; }

    public required string Kind { get; init; }

    public required string FileName { get; init; }

    public required string ContentHash { get; init; }

    public string? MappingFile { get; init; }

    public required long Rows { get; init; }

    public required long HarnessRows { get; init; }

    public string? PeriodFrom { get; init; }

    public string? PeriodTo { get; init; }

    public required DateTimeOffset ImportedAt { get; init; }

    public StoredKpiImport ToRecord() => new()
    {
        ImportId = ImportId,
        Kind = EnumText<KpiKind>.Parse(Kind),
        FileName = FileName,
        ContentHash = ContentHash,
        MappingFileName = MappingFile,
        Rows = Rows,
        HarnessRows = HarnessRows,
        PeriodFrom = PeriodFrom,
        PeriodTo = PeriodTo,
        ImportedAt = ImportedAt,
    };
}
