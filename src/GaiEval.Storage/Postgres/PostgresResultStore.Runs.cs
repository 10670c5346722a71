using System.Data;
using System.Data.Common;
using GaiEval.Storage.Rows;
using Npgsql;

namespace GaiEval.Storage.Postgres;

public sealed partial class PostgresResultStore
{
    private static readonly PostgresInsert ItemInsert =
        new("items", ["run_id", "ordinal", "item_id", "category", "use", "sensitivity", "expect", "item_json"]);

    // The text is round-trip ISO-8601, which timestamptz reads as an instant; the run id breaks ties (SQLite: rowid).
    private protected override string SelectRuns => $"SELECT {RunRow.SelectColumns} FROM runs ORDER BY started_at::timestamptz DESC, run_id DESC";

    private protected override Task InsertItemsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<ItemRow> rows, CancellationToken cancellationToken) =>
        ItemInsert.ExecuteAsync(
            connection,
            transaction,
            rows.Select(row => new object?[] { row.RunId, row.Ordinal, row.ItemId, row.Category, row.Use, row.Sensitivity, row.Expect, row.ItemJson }),
            cancellationToken);

    private protected override async Task<DbTransaction> BeginSnapshotAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);

    // 500 rows of at most 21 columns (responses): about 10,500 parameters, under PostgreSQL's 65,535.
    private protected override int CopyBatchRows => 500;
}
