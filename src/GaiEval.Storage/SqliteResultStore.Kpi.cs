using System.Globalization;
using System.Runtime.CompilerServices;
using Dapper;
using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Import;
using GaiEval.Storage.Rows;
using Microsoft.Data.Sqlite;

namespace GaiEval.Storage;

public sealed partial class SqliteResultStore : IKpiStore
{
    /// <summary>Records inserted between two checks for a stop request and two progress reports.</summary>
    private const int KpiBatchSize = 5000;

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
                KpiImportRow? row = await connection.QuerySingleOrDefaultAsync<KpiImportRow>(Command(
                    StoreSql.SelectKpiImport,
                    new { Kind = EnumText<KpiKind>.Format(kind), ContentHash = contentHash },
                    null,
                    cancellationToken)).ConfigureAwait(false);
                return row?.ToRecord();
            },
            cancellationToken);

    public Task<IReadOnlyList<StoredKpiImport>> ListKpiImportsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<StoredKpiImport>>(
            async connection =>
            {
                IEnumerable<KpiImportRow> rows = await connection.QueryAsync<KpiImportRow>(Command(
                    StoreSql.SelectKpiImports, null, null, cancellationToken)).ConfigureAwait(false);
                return [.. rows.Select(row => row.ToRecord())];
            },
            cancellationToken);

    public async IAsyncEnumerable<SurveyResponse> ReadSurveyResponsesAsync(
        IReadOnlyList<long>? importIds = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (KpiSurveyRow row in StreamAsync<KpiSurveyRow>(
                           $"SELECT {KpiSurveyRow.SelectColumns} FROM kpi_survey_responses{ImportFilter(importIds)} ORDER BY import_id, line", new { Ids = importIds }, cancellationToken)
                           .ConfigureAwait(false))
        {
            yield return row.ToRecord();
        }
    }

    public async IAsyncEnumerable<UsageEvent> ReadUsageEventsAsync(
        IReadOnlyList<long>? importIds = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (KpiUsageRow row in StreamAsync<KpiUsageRow>(
                           $"SELECT {KpiUsageRow.SelectColumns} FROM kpi_usage_events{ImportFilter(importIds)} ORDER BY rowid", new { Ids = importIds }, cancellationToken)
                           .ConfigureAwait(false))
        {
            yield return row.ToRecord();
        }
    }

    public async IAsyncEnumerable<TaskTiming> ReadTaskTimingsAsync(
        IReadOnlyList<long>? importIds = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (KpiTimingRow row in StreamAsync<KpiTimingRow>(
                           $"SELECT {KpiTimingRow.SelectColumns} FROM kpi_task_timings{ImportFilter(importIds)} ORDER BY import_id, line", new { Ids = importIds }, cancellationToken)
                           .ConfigureAwait(false))
        {
            yield return row.ToRecord();
        }
    }

    private static string ImportFilter(IReadOnlyList<long>? importIds) => importIds is null ? string.Empty : " WHERE import_id IN @Ids";

    /// <summary>Streams the reading into one transaction, batch by batch; rolls it all back when the reading reports errors.</summary>
    private async Task<StoredKpiImport> ImportKpiAsync<T>(
        KpiImportFile file, KpiReading<T> reading, KpiRecordTable<T> table, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(reading);
        StoredKpiImport? stored = null;
        await WriteAsync(
            async transaction =>
            {
                stored = await WriteKpiImportAsync(file, reading, table, transaction, progress, cancellationToken).ConfigureAwait(false);
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
            cancellationToken).ConfigureAwait(false);
        return stored!;
    }

    private async Task<StoredKpiImport> WriteKpiImportAsync<T>(
        KpiImportFile file, KpiReading<T> reading, KpiRecordTable<T> table, SqliteTransaction transaction, IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        DateTimeOffset importedAt = DateTimeOffset.Now;
        long importId;
        try
        {
            importId = await writer.ExecuteScalarAsync<long>(Command(
                StoreSql.InsertKpiImport,
                new { Kind = EnumText<KpiKind>.Format(file.Kind), file.FileName, file.ContentHash, MappingFile = file.MappingFileName, ImportedAt = importedAt },
                transaction,
                cancellationToken)).ConfigureAwait(false);
        }
        catch (SqliteException exception) when (exception.SqliteExtendedErrorCode == SqliteConstraintUnique)
        {
            throw new InputException(
                file.FileName, 0, "FILE", "同じ内容のファイルを別の取り込みが同時に保存しました。こちらでは何も保存していません（gaieval kpi list で確かめられます）");
        }

        var tally = new KpiImportTally<T>(table);
        using (SqliteCommand insert = table.PrepareInsert(writer, transaction))
        {
            foreach (T record in reading)
            {
                table.Bind(insert, importId, record);
                insert.ExecuteNonQuery();
                tally.Add(record);
                if (tally.Rows % KpiBatchSize == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(tally.Rows);
                }
            }
        }

        progress?.Report(tally.Rows);
        await writer.ExecuteAsync(Command(
            StoreSql.CompleteKpiImport,
            new { ImportId = importId, tally.Rows, tally.HarnessRows, PeriodFrom = tally.From, PeriodTo = tally.To },
            transaction,
            cancellationToken)).ConfigureAwait(false);
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
