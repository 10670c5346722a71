using Dapper;
using GaiEval.Core.Model;
using GaiEval.Core.Results;
using GaiEval.Storage.Rows;

namespace GaiEval.Storage;

public abstract partial class DapperResultStore<TConnection, TTransaction>
{
    /// <summary>All runs, the latest started first, in the engine's SQL.</summary>
    private protected abstract string SelectRuns { get; }

    public Task CreateRunAsync(RunInfo run, IReadOnlyList<GoldItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(items);
        RunRow runRow = RunRow.From(run);
        IEnumerable<ItemRow> itemRows = ItemRow.InOrder(run.RunId, items);
        return WriteAsync(
            async (connection, transaction) =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                await connection.ExecuteAsync(StoreSql.InsertRun, runRow, transaction).ConfigureAwait(false);
                await InsertItemsAsync(connection, transaction, itemRows, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    public Task<RunInfo?> FindRunAsync(string runId, CancellationToken cancellationToken = default) =>
        ReadAsync(
            async connection =>
            {
                RunRow? row = await connection.QuerySingleOrDefaultAsync<RunRow>(StoreSql.SelectRun, new { RunId = runId, cancellationToken })
                    .ConfigureAwait(false);
                return row?.ToRunInfo();
            },
            cancellationToken);

    public Task<IReadOnlyList<RunInfo>> ListRunsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<RunInfo>>(
            async connection =>
            {
                IEnumerable<RunRow> rows = await connection.QueryAsync<RunRow>(SelectRuns).ConfigureAwait(false);
                return [.. rows.Select(row => row.ToRunInfo())];
            },
            cancellationToken);

    public Task SetRunStatusAsync(string runId, RunStatus status, DateTimeOffset? finishedAt, CancellationToken cancellationToken = default) =>
        UpdateRunAsync(
            runId,
            (connection, transaction) => connection.ExecuteAsync(
                StoreSql.UpdateRunStatus,
                new { RunId = runId, Status = EnumText<RunStatus>.Format(status), FinishedAt = finishedAt, cancellationToken },
                transaction),
            cancellationToken);

    public Task MarkRunFailedAsync(string runId, string failure, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(failure);
        var parameters = new { RunId = runId, Status = EnumText<RunStatus>.Format(RunStatus.Failed), Failure = failure, cancellationToken };
        return UpdateRunAsync(
            runId, (connection, transaction) => connection.ExecuteAsync(StoreSql.UpdateRunFailed, parameters, transaction), cancellationToken);
    }

    public virtual Task<IReadOnlyList<GoldItem>> ReadItemsAsync(string runId, CancellationToken cancellationToken = default) =>
        ItemJsonRow.ReadAllAsync(
            StreamAsync(connection => connection.QueryUnbufferedAsync<ItemJsonRow>(StoreSql.SelectItems, new { RunId = runId }), cancellationToken));

    /// <summary>Inserts the run's items in the transaction that stores the run.</summary>
    private protected abstract Task InsertItemsAsync(TConnection connection, TTransaction transaction, IEnumerable<ItemRow> rows, CancellationToken cancellationToken);

    private Task UpdateRunAsync(string runId, Func<TConnection, TTransaction, Task<int>> update, CancellationToken cancellationToken) =>
        WriteAsync(
            async (connection, transaction) =>
            {
                int changed = await update(connection, transaction).ConfigureAwait(false);
                if (changed == 0)
                {
                    throw new InvalidOperationException($"No run '{runId}' is stored in {Location}.");
                }
            },
            cancellationToken);
}
