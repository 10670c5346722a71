using Dapper;
using GaiEval.Core.Model;
using GaiEval.Core.Results;
using GaiEval.Storage.Rows;

namespace GaiEval.Storage;

public sealed partial class SqliteResultStore
{
    private const string InsertItem =
        "INSERT INTO items (run_id, ordinal, item_id, category, use, sensitivity, expect, item_json) " +
        "VALUES (@RunId, @Ordinal, @ItemId, @Category, @Use, @Sensitivity, @Expect, @ItemJson)";

    // julianday() compares instants, so runs started in different offsets still sort by time; rowid breaks ties.
    private const string SelectRuns = $"SELECT {RunRow.SelectColumns} FROM runs ORDER BY julianday(started_at) DESC, rowid DESC";

    public Task CreateRunAsync(RunInfo run, IReadOnlyList<GoldItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(items);
        RunRow runRow = RunRow.From(run);
        ItemRow[] itemRows = [.. items.Select((item, index) => ItemRow.From(run.RunId, index + 1, item))];
        return WriteAsync(
            async transaction =>
            {
                await writer.ExecuteAsync(Command(StoreSql.InsertRun, runRow, transaction, cancellationToken)).ConfigureAwait(false);
                await writer.ExecuteAsync(Command(InsertItem, itemRows, transaction, cancellationToken)).ConfigureAwait(false);
            },
            cancellationToken);
    }

    public Task<RunInfo?> FindRunAsync(string runId, CancellationToken cancellationToken = default) =>
        ReadAsync(
            async connection =>
            {
                RunRow? row = await connection.QuerySingleOrDefaultAsync<RunRow>(
                    Command(StoreSql.SelectRun, new { RunId = runId }, null, cancellationToken)).ConfigureAwait(false);
                return row?.ToRunInfo();
            },
            cancellationToken);

    public Task<IReadOnlyList<RunInfo>> ListRunsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<RunInfo>>(
            async connection =>
            {
                IEnumerable<RunRow> rows = await connection.QueryAsync<RunRow>(
                    Command(SelectRuns, null, null, cancellationToken)).ConfigureAwait(false);
                return [.. rows.Select(row => row.ToRunInfo())];
            },
            cancellationToken);

    public Task SetRunStatusAsync(string runId, RunStatus status, DateTimeOffset? finishedAt, CancellationToken cancellationToken = default) =>
        UpdateRunAsync(runId, StoreSql.UpdateRunStatus, new { RunId = runId, Status = EnumText<RunStatus>.Format(status), FinishedAt = finishedAt }, cancellationToken);

    public Task MarkRunFailedAsync(string runId, string failure, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(failure);
        var parameters = new { RunId = runId, Status = EnumText<RunStatus>.Format(RunStatus.Failed), Failure = failure };
        return UpdateRunAsync(runId, StoreSql.UpdateRunFailed, parameters, cancellationToken);
    }

    public Task<IReadOnlyList<GoldItem>> ReadItemsAsync(string runId, CancellationToken cancellationToken = default) =>
        ItemJsonRow.ReadAllAsync(StreamAsync<ItemJsonRow>(StoreSql.SelectItems, new { RunId = runId }, cancellationToken));

    private Task UpdateRunAsync(string runId, string sql, object parameters, CancellationToken cancellationToken) =>
        WriteAsync(
            async transaction =>
            {
                int changed = await writer.ExecuteAsync(Command(sql, parameters, transaction, cancellationToken)).ConfigureAwait(false);
                if (changed == 0)
                {
                    throw new InvalidOperationException($"No run '{runId}' is stored in {DatabasePath}.");
                }
            },
            cancellationToken);
}
