using System.Data.Common;
using Dapper;
using GaiEval.Core.Model;
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

    /// <summary>The run's items in their test-set order, each parsed from the UTF-8 JSON SQLite holds (no string of it is made).</summary>
    public override async Task<IReadOnlyList<GoldItem>> ReadItemsAsync(string runId, CancellationToken cancellationToken = default)
    {
        SqliteConnection connection = await OpenStreamingConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var statement = new SqliteStatement(connection, StoreSql.SelectItems, runId);
            var items = new List<GoldItem>();
            var compactor = new GoldItemCompactor();
            while (statement.Step())
            {
                cancellationToken.ThrowIfCancellationRequested();
                items.Add(compactor.Compact(ItemRow.ParseItem(statement.Utf8(0))));
            }

            return items;
        }
    }

    private protected override Task InsertItemsAsync(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<ItemRow> rows, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return connection.ExecuteAsync(InsertItem, rows, transaction);
    }

    // A deferred transaction on a reading connection: it reads one snapshot of the WAL and takes no write lock.
    private protected override Task<DbTransaction> BeginSnapshotAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(connection.BeginTransaction(deferred: true));
}
