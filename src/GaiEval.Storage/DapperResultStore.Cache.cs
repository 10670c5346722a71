using Dapper;
using GaiEval.Core.Results;

namespace GaiEval.Storage;

/// <summary>The response cache, in the <c>response_cache</c> table of the same store.</summary>
public abstract partial class DapperResultStore<TConnection, TTransaction> : IResponseCache
{
    Task<string?> IResponseCache.FindAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return ReadAsync(
            connection => connection.QuerySingleOrDefaultAsync<string?>(StoreSql.SelectCachedResponse, new { Key = key, cancellationToken }),
            cancellationToken);
    }

    Task IResponseCache.SaveAsync(string key, string providerId, string responseJson, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(providerId);
        ArgumentException.ThrowIfNullOrEmpty(responseJson);
        var row = new { Key = key, ProviderId = providerId, ResponseJson = responseJson, CreatedAt = DateTimeOffset.UtcNow, cancellationToken };
        return WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(StoreSql.InsertCachedResponse, row, transaction),
            cancellationToken);
    }
}
