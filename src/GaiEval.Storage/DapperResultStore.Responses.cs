using System.Runtime.CompilerServices;
using Dapper;
using GaiEval.Core.Results;
using GaiEval.Storage.Rows;

namespace GaiEval.Storage;

public abstract partial class DapperResultStore<TConnection, TTransaction>
{
    /// <summary>Stores one finished call; calls that finish while another is being committed share the next commit.</summary>
    /// <exception cref="InvalidOperationException">The response is stored already, or names an item the run does not hold.</exception>
    public Task AddResponseAsync(ResponseRecord response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        return responseCommits.AddAsync(response);
    }

    /// <summary>
    /// Writes a group of single calls in one transaction and commits it; returns each call's error (null when stored), so a
    /// call that cannot be stored fails alone.
    /// </summary>
    private protected abstract Task<IReadOnlyList<Exception?>> CommitResponsesAsync(IReadOnlyList<ResponseRecord> responses);

    public Task<IReadOnlySet<ResponseKey>> ReadResponseKeysAsync(string runId, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlySet<ResponseKey>>(
            async connection =>
            {
                IEnumerable<ResponseKeyRow> rows = await connection.QueryAsync<ResponseKeyRow>(
                    StoreSql.SelectResponseKeys, new { RunId = runId, cancellationToken }).ConfigureAwait(false);
                return rows.Select(row => row.ToKey()).ToHashSet();
            },
            cancellationToken);

    public Task<int> CountResponsesAsync(string runId, ResponseStatus status, CancellationToken cancellationToken = default) =>
        ReadAsync(
            connection => connection.ExecuteScalarAsync<int>(
                StoreSql.CountResponses, new { RunId = runId, Status = EnumText<ResponseStatus>.Format(status), cancellationToken }),
            cancellationToken);

    /// <summary>Streams the run's responses by item order, then provider id, then repeat.</summary>
    public async IAsyncEnumerable<ResponseRecord> ReadResponsesAsync(
        string runId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (ResponseRow row in StreamAsync(
                           connection => connection.QueryUnbufferedAsync<ResponseRow>(StoreSql.SelectResponses, new { RunId = runId }),
                           cancellationToken).ConfigureAwait(false))
        {
            yield return row.ToRecord();
        }
    }
}
