using GaiEval.Core.Kpi;
using GaiEval.Core.Results;
using GaiEval.Storage.Location;
using GaiEval.Storage.Migrations;
using Npgsql;

namespace GaiEval.Storage.Postgres;

/// <summary>
/// The result store in a PostgreSQL database, with the same tables as the SQLite file (one set of migrations). Every write
/// runs in its own committed transaction on a pooled connection, so many writers (and processes) can store at once;
/// reads stream rows on a connection of their own. Work that fails on a transient error (a dropped connection, a
/// restarting server) is tried again when nothing of it can have been kept.
/// </summary>
public sealed partial class PostgresResultStore : DapperResultStore<NpgsqlConnection, NpgsqlTransaction>, IEvalStore
{
    private readonly NpgsqlDataSource dataSource;
    private readonly NpgsqlConnectionStringBuilder settings;
    private volatile bool disposed;

    private PostgresResultStore(NpgsqlDataSource dataSource, NpgsqlConnectionStringBuilder settings)
    {
        this.dataSource = dataSource;
        this.settings = settings;
        Location = PostgresTarget.Describe(settings.ConnectionString);
    }

    public override string Location { get; }

    public async Task<IAsyncDisposable?> TryLeaseRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        try
        {
            return await PostgresRunLease.TryTakeAsync(settings, runId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (PostgresErrors.ConnectionFailure(exception) is { } reason)
        {
            throw StoreConnectionException.For(settings, reason, exception);
        }
    }

    /// <summary>Connects and brings the database's schema to the latest version.</summary>
    /// <param name="connectionString">An Npgsql connection string (<see cref="StoreLocation"/> makes one from a URL).</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <exception cref="StoreConnectionException">The server cannot be reached, or refuses the user or the database.</exception>
    /// <exception cref="DatabaseVersionException">The database was written by a newer GaiEval.</exception>
    public static Task<PostgresResultStore> OpenAsync(string connectionString, CancellationToken cancellationToken = default) =>
        OpenAsync(connectionString, SchemaMigrator.LatestVersion, cancellationToken);

    /// <summary>Opens the store with its schema migrated only up to <paramref name="schemaVersion"/> (tests build old databases with it).</summary>
    internal static async Task<PostgresResultStore> OpenAsync(string connectionString, int schemaVersion, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        // The failed statement of a batch tells which row broke a constraint (PostgresRowException).
        var settings = new NpgsqlConnectionStringBuilder(connectionString) { IncludeFailedBatchedCommand = true };
        NpgsqlDataSource dataSource = NpgsqlDataSource.Create(settings);
        var store = new PostgresResultStore(dataSource, settings);
        try
        {
            NpgsqlConnection connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                int version = await SchemaDialect.Postgres.ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false);
                if (version > SchemaMigrator.LatestVersion)
                {
                    throw new DatabaseVersionException(store.Location, version, SchemaMigrator.LatestVersion);
                }

                // A schema already migrated is opened without the migration lock and table: a role that may only read
                // (gaieval_manager, gaieval_vendor of gaieval db roles) cannot create the version table.
                if (version < schemaVersion)
                {
                    await SchemaMigrator.MigrateAsync(connection, SchemaDialect.Postgres, schemaVersion, cancellationToken).ConfigureAwait(false);
                }
            }

            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        await dataSource.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>A pooled connection; transient failures are tried again, a server that stays unreachable is named.</summary>
    private async Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        try
        {
            return await TransientRetry.RunAsync(
                () => dataSource.OpenConnectionAsync(cancellationToken).AsTask(), PostgresErrors.IsTransient, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (PostgresErrors.ConnectionFailure(exception) is { } reason)
        {
            throw StoreConnectionException.For(settings, reason, exception);
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> in one transaction committed before returning. After a transient error before the
    /// commit (nothing was kept) the whole transaction runs again; an error during the commit is never retried, since the
    /// commit may have happened.
    /// </summary>
    private protected override Task WriteAsync(Func<NpgsqlConnection, NpgsqlTransaction, Task> write, CancellationToken cancellationToken, bool retry = true)
    {
        bool committing = false;
        return TransientRetry.RunAsync(
            async () =>
            {
                committing = false;
                NpgsqlConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                await using (connection.ConfigureAwait(false))
                {
                    NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                    await using (transaction.ConfigureAwait(false))
                    {
                        await write(connection, transaction).ConfigureAwait(false);
                        committing = true;
                        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                        return true;
                    }
                }
            },
            exception => retry && !committing && PostgresErrors.IsTransient(exception),
            cancellationToken);
    }

    private protected override Task<T> ReadAsync<T>(Func<NpgsqlConnection, Task<T>> read, CancellationToken cancellationToken) =>
        TransientRetry.RunAsync(
            async () =>
            {
                NpgsqlConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                await using (connection.ConfigureAwait(false))
                {
                    return await read(connection).ConfigureAwait(false);
                }
            },
            PostgresErrors.IsTransient,
            cancellationToken);

    private protected override async Task<NpgsqlConnection> OpenStreamingConnectionAsync(CancellationToken cancellationToken)
    {
        NpgsqlConnection connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await PostgresReadSession.PrepareAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private protected override bool IsDisposed => disposed;

    private protected override bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrors.UniqueViolation };

    private protected override bool IsForeignKeyViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrors.ForeignKeyViolation };
}
