using GaiEval.Core.Kpi.Import;
using Microsoft.Data.Sqlite;

namespace GaiEval.Storage;

public sealed partial class SqliteResultStore
{
    private protected override string ImportIdsCondition => "import_id IN @Ids";

    private protected override string UsageEventOrder => "rowid";

    private protected override Task InsertKpiRecordsAsync<T>(
        SqliteConnection connection,
        SqliteTransaction transaction,
        KpiReading<T> reading,
        KpiRecordTable<T> table,
        long importId,
        KpiImportTally<T> tally,
        IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        using (SqliteCommand insert = table.PrepareInsert(connection, transaction))
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
        return Task.CompletedTask;
    }
}
