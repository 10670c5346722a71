using System.Globalization;
using System.Runtime.CompilerServices;
using Dapper;
using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Import;
using GaiEval.Storage.Rows;

namespace GaiEval.Storage;

public abstract partial class DapperResultStore<TConnection, TTransaction>
{
    /// <summary>Records inserted between two checks for a stop request and two progress reports.</summary>
    private protected const int KpiBatchSize = 5000;

    internal static readonly KpiRecordTable<SurveyResponse> SurveyTable = new(
        "kpi_survey_responses", KpiSurveyRow.Columns, KpiSurveyRow.Values, response => response.Wave, _ => false);

    internal static readonly KpiRecordTable<UsageEvent> UsageTable = new(
        "kpi_usage_events",
        KpiUsageRow.Columns,
        KpiUsageRow.Values,
        usage => usage.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        usage => usage.FromHarness);

    internal static readonly KpiRecordTable<TaskTiming> TimingTable = new(
        "kpi_task_timings", KpiTimingRow.Columns, KpiTimingRow.Values, KpiTimingRow.DateText, _ => false);

    /// <summary>The condition that keeps the rows of the imports in <c>@Ids</c> (a long array), in the engine's SQL.</summary>
    private protected abstract string ImportIdsCondition { get; }

    /// <summary>The column that keeps usage events in the order they were imported.</summary>
    private protected abstract string UsageEventOrder { get; }

    public Task<StoredKpiImport> ImportSurveyAsync(
        KpiImportFile file, KpiReading<SurveyResponse> reading, IProgress<long>? progress = null, CancellationToken cancellationToken = default) =>
        ImportKpiAsync(file, reading, SurveyTable, progress, cancellationToken);

    public Task<StoredKpiImport> ImportUsageAsync(
        KpiImportFile file, KpiReading<UsageEvent> reading, IProgress<long>? progress = null, CancellationToken cancellationToken = default) =>
        ImportKpiAsync(file, reading, UsageTable, progress, cancellationToken);

    public Task<StoredKpiImport> ImportTimingsAsync(
        KpiImportFile file, KpiReading<TaskTiming> reading, IProgress<long>? progress = null, CancellationToken cancellationToken = default) =>
        ImportKpiAsync(file, reading, TimingTable, progress, cancellationToken);

    public Task<StoredKpiImport?> FindKpiImportAsync(KpiKind kind, string contentHash, CancellationToken cancellationToken = default) =>
        ReadAsync(
            async connection =>
            {
                KpiImportRow? row = await connection.QuerySingleOrDefaultAsync<KpiImportRow>(
                    StoreSql.SelectKpiImport, new { Kind = EnumText<KpiKind>.Format(kind), ContentHash = contentHash, cancellationToken })
                    .ConfigureAwait(false);
                return row?.ToRecord();
            },
            cancellationToken);

    public Task<IReadOnlyList<StoredKpiImport>> ListKpiImportsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<StoredKpiImport>>(
            async connection =>
            {
                IEnumerable<KpiImportRow> rows = await connection.QueryAsync<KpiImportRow>(StoreSql.SelectKpiImports, new { cancellationToken })
                    .ConfigureAwait(false);
                return [.. rows.Select(row => row.ToRecord())];
            },
            cancellationToken);

    public async IAsyncEnumerable<SurveyResponse> ReadSurveyResponsesAsync(
        IReadOnlyList<long>? importIds = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (KpiSurveyRow row in StreamAsync(
                           connection => connection.QueryUnbufferedAsync<KpiSurveyRow>(
                               $"SELECT {KpiSurveyRow.SelectColumns} FROM kpi_survey_responses{ImportFilter(importIds)} ORDER BY import_id, line",
                               new { Ids = importIds?.ToArray() }),
                           cancellationToken).ConfigureAwait(false))
        {
            yield return row.ToRecord();
        }
    }

    public async IAsyncEnumerable<UsageEvent> ReadUsageEventsAsync(
        IReadOnlyList<long>? importIds = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (KpiUsageRow row in StreamAsync(
                           connection => connection.QueryUnbufferedAsync<KpiUsageRow>(
                               $"SELECT {KpiUsageRow.SelectColumns} FROM kpi_usage_events{ImportFilter(importIds)} ORDER BY {UsageEventOrder}",
                               new { Ids = importIds?.ToArray() }),
                           cancellationToken).ConfigureAwait(false))
        {
            yield return row.ToRecord();
        }
    }

    public async IAsyncEnumerable<TaskTiming> ReadTaskTimingsAsync(
        IReadOnlyList<long>? importIds = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (KpiTimingRow row in StreamAsync(
                           connection => connection.QueryUnbufferedAsync<KpiTimingRow>(
                               $"SELECT {KpiTimingRow.SelectColumns} FROM kpi_task_timings{ImportFilter(importIds)} ORDER BY import_id, line",
                               new { Ids = importIds?.ToArray() }),
                           cancellationToken).ConfigureAwait(false))
        {
            yield return row.ToRecord();
        }
    }

    /// <summary>
    /// Inserts every record of the reading under <paramref name="importId"/>, adding each to <paramref name="tally"/>;
    /// checks for a stop request and reports progress every <see cref="KpiBatchSize"/> records and at the end.
    /// </summary>
    private protected abstract Task InsertKpiRecordsAsync<T>(
        TConnection connection,
        TTransaction transaction,
        KpiReading<T> reading,
        KpiRecordTable<T> table,
        long importId,
        KpiImportTally<T> tally,
        IProgress<long>? progress,
        CancellationToken cancellationToken);

    private string ImportFilter(IReadOnlyList<long>? importIds) => importIds is null ? string.Empty : $" WHERE {ImportIdsCondition}";

    /// <summary>Streams the reading into one transaction, batch by batch; rolls it all back when the reading reports errors.</summary>
    private async Task<StoredKpiImport> ImportKpiAsync<T>(
        KpiImportFile file, KpiReading<T> reading, KpiRecordTable<T> table, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(reading);
        StoredKpiImport? stored = null;
        await WriteAsync(
            async (connection, transaction) =>
            {
                stored = await WriteKpiImportAsync(file, reading, table, connection, transaction, progress, cancellationToken).ConfigureAwait(false);
                // Leaving without committing rolls the whole file back.
                if (reading.HasErrors)
                {
                    throw new InputException(reading.Errors);
                }

                if (stored.Rows == 0)
                {
                    throw new InputException(file.FileName, 1, "FILE", "データの行がありません（見出しの行だけです）。何も取り込んでいません");
                }
            },
            cancellationToken,
            retry: false).ConfigureAwait(false);
        return stored!;
    }

    private async Task<StoredKpiImport> WriteKpiImportAsync<T>(
        KpiImportFile file, KpiReading<T> reading, KpiRecordTable<T> table, TConnection connection, TTransaction transaction,
        IProgress<long>? progress, CancellationToken cancellationToken)
    {
        DateTimeOffset importedAt = DateTimeOffset.Now;
        long importId;
        try
        {
            var import = new
            {
                Kind = EnumText<KpiKind>.Format(file.Kind), file.FileName, file.ContentHash, MappingFile = file.MappingFileName, ImportedAt = importedAt,
                cancellationToken,
            };
            importId = await connection.ExecuteScalarAsync<long>(StoreSql.InsertKpiImport, import, transaction).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsUniqueViolation(exception))
        {
            throw new InputException(
                file.FileName, 0, "FILE", "同じ内容のファイルを別の取り込みが同時に保存しました。こちらでは何も保存していません（gaieval kpi list で確かめられます）");
        }

        var tally = new KpiImportTally<T>(table);
        await InsertKpiRecordsAsync(connection, transaction, reading, table, importId, tally, progress, cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(
            StoreSql.CompleteKpiImport,
            new { ImportId = importId, tally.Rows, tally.HarnessRows, PeriodFrom = tally.From, PeriodTo = tally.To, cancellationToken },
            transaction).ConfigureAwait(false);
        return new StoredKpiImport
        {
            ImportId = importId,
            Kind = file.Kind,
            FileName = file.FileName,
            ContentHash = file.ContentHash,
            MappingFileName = file.MappingFileName,
            Rows = tally.Rows,
            HarnessRows = tally.HarnessRows,
            PeriodFrom = tally.From,
            PeriodTo = tally.To,
            ImportedAt = importedAt,
        };
    }
}
