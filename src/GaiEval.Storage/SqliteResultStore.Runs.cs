using System.Data.Common;
using Dapper;
using GaiEval.Storage.Rows;
using Microsoft.Data.Sqlite;

namespace GaiEval.Storage;

public sealed partial class SqliteResultStore
{
    private const string InsertItem =
        "INSERT INTO items (run_id, ordinal, item_id, category, use, sensitivity, expect, item_json) " +
        "VALUES (@RunId, @Ordinal, @ItemId, @Category, @Use, @Sensitivity, @Expect, @ItemJson)";

    // julianday() compares instants, so runs started in different offsets still sort by time; rowid breaks ties.
    private protected override string SelectRuns => $"SELECT {RunRow.SelectColumns} FROM runs ORDER BY julianday(started_at) DESC, rowid DESC";

    private protected override Task InsertItemsAsync(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<ItemRow> rows, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return connection.ExecuteAsync(InsertItem, rows, transaction);
    }

    // A deferred transaction on a reading connection: it reads one snapshot of the WAL and takes no write lock.
    private protected override Task<DbTransaction> BeginSnapshotAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(connection.BeginTransaction(deferred: true));
}
