using System.Data.Common;
using Dapper;
using GaiEval.Storage.Rows;
using Microsoft.Data.Sqlite;

namespace GaiEval.Storage;

public sealed partial class SqliteResultStore
{
    private static readonly string[] ItemColumns = ["run_id", "ordinal", "item_id", "category", "use", "sensitivity", "expect", "item_json"];

    // julianday() compares instants, so runs started in different offsets still sort by time; rowid breaks ties.
    private protected override string SelectRuns => $"SELECT {RunRow.SelectColumns} FROM runs ORDER BY julianday(started_at) DESC, rowid DESC";

    /// <summary>One statement prepared for all the items: a run of thousands of items starts its calls sooner.</summary>
    private protected override Task InsertItemsAsync(SqliteConnection connection, SqliteTransaction transaction, ItemRow[] rows, CancellationToken cancellationToken)
    {
        using var insert = new PreparedInsert(connection, transaction, "items", ItemColumns);
        foreach (ItemRow row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            insert.Execute([row.RunId, row.Ordinal, row.ItemId, row.Category, row.Use, row.Sensitivity, row.Expect, row.ItemJson]);
        }

        return Task.CompletedTask;
    }

    // A deferred transaction on a reading connection: it reads one snapshot of the WAL and takes no write lock.
    private protected override Task<DbTransaction> BeginSnapshotAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(connection.BeginTransaction(deferred: true));
}
