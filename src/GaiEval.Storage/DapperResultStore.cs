using System.Data.Common;
using System.Runtime.CompilerServices;
using GaiEval.Core.Results;

namespace GaiEval.Storage;

/// <summary>
/// What the SQLite and the PostgreSQL stores do alike: the same SQL through Dapper over the same tables. Each engine says
/// how it holds connections and transactions, inserts many rows and names its constraint errors.
/// </summary>
/// <typeparam name="TConnection">The engine's connection.</typeparam>
/// <typeparam name="TTransaction">The engine's transaction.</typeparam>
public abstract partial class DapperResultStore<TConnection, TTransaction>
    where TConnection : DbConnection
    where TTransaction : DbTransaction
{
    private readonly GroupCommit<ResponseRecord> responseCommits;

    private protected DapperResultStore() => responseCommits = new GroupCommit<ResponseRecord>(CommitResponsesAsync);

    /// <summary>True once the store is disposed of.</summary>
    private protected abstract bool IsDisposed { get; }

    /// <summary>Where the store is (a file path, or host, port and database without the password), for messages.</summary>
    public abstract string Location { get; }

    /// <summary>Runs <paramref name="write"/> in one transaction committed before returning.</summary>
    /// <param name="write">The statements of the transaction.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <param name="retry">False when <paramref name="write"/> cannot run twice (it consumes a one-pass reading).</param>
    private protected abstract Task WriteAsync(Func<TConnection, TTransaction, Task> write, CancellationToken cancellationToken, bool retry = true);

    private protected abstract Task<T> ReadAsync<T>(Func<TConnection, Task<T>> read, CancellationToken cancellationToken);

    /// <summary>A connection of its own for a reading that streams rows; the caller disposes of it.</summary>
    private protected abstract Task<TConnection> OpenStreamingConnectionAsync(CancellationToken cancellationToken);

    /// <summary>The insert or update broke a unique constraint.</summary>
    private protected abstract bool IsUniqueViolation(Exception exception);

    /// <summary>The insert or update named a row another table does not hold.</summary>
    private protected abstract bool IsForeignKeyViolation(Exception exception);

    /// <summary>Streams the rows <paramref name="query"/> reads, one at a time, on a connection of their own.</summary>
    private protected async IAsyncEnumerable<TRow> StreamAsync<TRow>(
        Func<TConnection, IAsyncEnumerable<TRow>> query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        TConnection connection = await OpenStreamingConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await foreach (TRow row in query(connection).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return row;
            }
        }
    }
}
