using System.Security.Cryptography;
using System.Text;
using Dapper;
using Npgsql;

namespace GaiEval.Storage.Postgres;

/// <summary>
/// The lease of a run of a PostgreSQL store: a session advisory lock (<c>pg_try_advisory_lock</c>) on a key made from the
/// run id, held on a connection of its own (outside the pool) for the run's lifetime. Closing the connection releases it,
/// and the server does so by itself when the process dies and its session ends.
/// </summary>
internal sealed class PostgresRunLease : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly long key;

    private PostgresRunLease(NpgsqlConnection connection, long key)
    {
        this.connection = connection;
        this.key = key;
    }

    /// <returns>The lease, or null when another session holds it.</returns>
    public static async Task<PostgresRunLease?> TryTakeAsync(NpgsqlConnectionStringBuilder settings, string runId, CancellationToken cancellationToken)
    {
        // Not pooled: a pooled connection would keep the session, and with it the lock, after the lease is disposed.
        var own = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Pooling = false, ApplicationName = "gaieval run lease" };
        var connection = new NpgsqlConnection(own.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            long key = KeyOf(runId);
            bool taken = await connection.ExecuteScalarAsync<bool>("SELECT pg_try_advisory_lock(@key)", new { key, cancellationToken }).ConfigureAwait(false);
            if (taken)
            {
                return new PostgresRunLease(connection, key);
            }
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        await connection.DisposeAsync().ConfigureAwait(false);
        return null;
    }

    /// <summary>The first 8 bytes of SHA-256 of the run id, under a prefix of GaiEval's own.</summary>
    internal static long KeyOf(string runId) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("gaieval.run-lease:" + runId)), 0);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key }).ConfigureAwait(false);
        }
        catch (NpgsqlException)
        {
            // The session is gone: the server released the lock with it.
        }

        await connection.DisposeAsync().ConfigureAwait(false);
    }
}
