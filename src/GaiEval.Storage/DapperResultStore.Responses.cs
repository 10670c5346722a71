using System.Runtime.CompilerServices;
using Dapper;
using GaiEval.Core.Results;
using GaiEval.Storage.Rows;

namespace GaiEval.Storage;

public abstract partial class DapperResultStore<TConnection, TTransaction>
{
    public Task<IReadOnlySet<ResponseKey>> ReadResponseKeysAsync(string runId, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlySet<ResponseKey>>(
            async connection =>
            {
                IEnumerable<ResponseKeyRow> rows = await connection.QueryAsync<ResponseKeyRow>(
                    Command(StoreSql.SelectResponseKeys, new { RunId = runId }, null, cancellationToken)).ConfigureAwait(false);
                return rows.Select(row => row.ToKey()).ToHashSet();
            },
            cancellationToken);

    public Task<int> CountResponsesAsync(string runId, ResponseStatus status, CancellationToken cancellationToken = default) =>
        ReadAsync(
            connection => connection.ExecuteScalarAsync<int>(Command(
                StoreSql.CountResponses,
                new { RunId = runId, Status = EnumText<ResponseStatus>.Format(status) },
                null,
                cancellationToken)),
            cancellationToken);

    /// <summary>Streams the run's responses by item order, then provider id, then repeat.</summary>
    public async IAsyncEnumerable<ResponseRecord> ReadResponsesAsync(
        string runId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (ResponseRow row in StreamAsync<ResponseRow>(StoreSql.SelectResponses, new { RunId = runId }, cancellationToken)
                           .ConfigureAwait(false))
        {
            yield return row.ToRecord();
        }
    }
}
