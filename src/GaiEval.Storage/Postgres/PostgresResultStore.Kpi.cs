using GaiEval.Core.Kpi.Import;
using Npgsql;

namespace GaiEval.Storage.Postgres;

public sealed partial class PostgresResultStore
{
    // Dapper passes an array as one PostgreSQL array parameter (no IN-list expansion).
    private protected override string ImportIdsCondition => "import_id = ANY(@Ids)";

    private protected override string UsageEventOrder => "row_order";

    private protected override async Task InsertKpiRecordsAsync<T>(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        KpiReading<T> reading,
        KpiRecordTable<T> table,
        long importId,
        KpiImportTally<T> tally,
        IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        var insert = new PostgresInsert(table.Table, ["import_id", .. table.Columns]);
        foreach (T[] batch in reading.Chunk(KpiBatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await insert.ExecuteAsync(connection, transaction, batch.Select(record => (object?[])[importId, .. table.Values(record)]), cancellationToken)
                .ConfigureAwait(false);
            foreach (T record in batch)
            {
                tally.Add(record);
            }

            progress?.Report(tally.Rows);
        }
    }
}
