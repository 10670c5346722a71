using Dapper;
using GaiEval.Core.Model;
using GaiEval.Core.Results;
using GaiEval.Storage.Rows;

namespace GaiEval.Storage.Postgres;

public sealed partial class PostgresResultStore
{
    private static readonly PostgresInsert ItemInsert =
        new("items", ["run_id", "ordinal", "item_id", "category", "use", "sensitivity", "expect", "item_json"]);

    // The text is round-trip ISO-8601, which timestamptz reads as an instant; the run id breaks ties (SQLite: rowid).
    private const string SelectRuns = $"SELECT {RunRow.SelectColumns} FROM runs ORDER BY started_at::timestamptz DESC, run_id DESC";

    public Task CreateRunAsync(RunInfo run, IReadOnlyList<GoldItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(items);
        RunRow runRow = RunRow.From(run);
        ItemRow[] itemRows = [.. items.Select((item, index) => ItemRow.From(run.RunId, index + 1, item))];
        return WriteAsync(
            async (connection, transaction) =>
            {
                await connection.ExecuteAsync(Command(StoreSql.InsertRun, runRow, transaction, cancellationToken)).ConfigureAwait(false);
                await ItemInsert.ExecuteAsync(
                    connection,
                    transaction,
                    itemRows.Select(row => new object?[] { row.RunId, row.Ordinal, row.ItemId, row.Category, row.Use, row.Sensitivity, row.Expect, row.ItemJson }),
                    cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    public Task<RunInfo?> FindRunAsync(string runId, CancellationToken cancellationToken = default) =>
        ReadAsync(
            async connection =>
            {
                RunRow? row = await connection.QuerySingleOrDefaultAsync<RunRow>(
                    Command(StoreSql.SelectRun, new { RunId = runId }, null, cancellationToken))
                    .ConfigureAwait(false);
                return row?.ToRunInfo();
            },
            cancellationToken);

    public Task<IReadOnlyList<RunInfo>> ListRunsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<RunInfo>>(
            async connection =>
            {
                IEnumerable<RunRow> rows = await connection.QueryAsync<RunRow>(Command(SelectRuns, null, null, cancellationToken)).ConfigureAwait(false);
                return [.. rows.Select(row => row.ToRunInfo())];
            },
            cancellationToken);

    public Task SetRunStatusAsync(string runId, RunStatus status, DateTimeOffset? finishedAt, CancellationToken cancellationToken = default) =>
        UpdateRunAsync(
            runId,
            StoreSql.UpdateRunStatus,
            new { RunId = runId, Status = EnumText<RunStatus>.Format(status), FinishedAt = finishedAt },
            cancellationToken);

    public Task MarkRunFailedAsync(string runId, string failure, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(failure);
        return UpdateRunAsync(
            runId,
            StoreSql.UpdateRunFailed,
            new { RunId = runId, Status = EnumText<RunStatus>.Format(RunStatus.Failed), Failure = failure },
            cancellationToken);
    }

    public Task<IReadOnlyList<GoldItem>> ReadItemsAsync(string runId, CancellationToken cancellationToken = default) =>
        ItemJsonRow.ReadAllAsync(StreamAsync<ItemJsonRow>(StoreSql.SelectItems, new { RunId = runId }, cancellationToken));

    private Task UpdateRunAsync(string runId, string sql, object parameters, CancellationToken cancellationToken) =>
        WriteAsync(
            async (connection, transaction) =>
            {
                int changed = await connection.ExecuteAsync(Command(sql, parameters, transaction, cancellationToken)).ConfigureAwait(false);
                if (changed == 0)
                {
                    throw new InvalidOperationException($"No run '{runId}' is stored in {Location}.");
                }
            },
            cancellationToken);
}
