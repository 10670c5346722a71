using Dapper;
using GaiEval.Core.Kpi;
using GaiEval.Core.Results;
using GaiEval.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace GaiEval.Storage;

/// <summary>
/// The result store in one SQLite file (WAL, synchronous=FULL). Writes share one connection and run one at a time, each in
/// its own committed transaction; reads open their own connection and stream rows, so they never wait for the runner.
/// </summary>
public sealed partial class SqliteResultStore : DapperResultStore<SqliteConnection, SqliteTransaction>, IEvalStore
{
    private const int SqliteNotADatabase = 26;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintForeignKey = 787;

    private readonly string connectionString;
    private readonly SqliteConnection writer;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private volatile bool disposed;

    private SqliteResultStore(string databasePath, string connectionString, SqliteConnection writer)
    {
        DatabasePath = databasePath;
        this.connectionString = connectionString;
        this.writer = writer;
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath { get; }

    public override string Location => DatabasePath;

    public Task<IAsyncDisposable?> TryLeaseRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return Task.FromResult<IAsyncDisposable?>(RunLeaseFile.TryTake(DatabasePath, runId));
    }

    /// <summary>Opens (or creates, with its folder) the database file and brings its schema to the latest version.</summary>
    /// <exception cref="DatabaseVersionException">The file was written by a newer GaiEval.</exception>
    public static Task<SqliteResultStore> OpenAsync(string databasePath, CancellationToken cancellationToken = default) =>
        OpenAsync(databasePath, SchemaMigrator.LatestVersion, cancellationToken);

    /// <summary>Opens the store with its schema migrated only up to <paramref name="schemaVersion"/> (tests build old databases with it).</summary>
    internal static async Task<SqliteResultStore> OpenAsync(string databasePath, int schemaVersion, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        string fullPath = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        string connectionString = StoreConnections.ConnectionString(fullPath);
        SqliteConnection writer;
        try
        {
            writer = await StoreConnections.OpenForWritingAsync(connectionString, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteNotADatabase)
        {
            throw new InvalidDataException($"{fullPath} はSQLiteデータベースではありません。GaiEvalの結果データベースを指定してください。", exception);
        }

        try
        {
            await PrepareSchemaAsync(writer, fullPath, schemaVersion, cancellationToken).ConfigureAwait(false);
            return new SqliteResultStore(fullPath, connectionString, writer);
        }
        catch
        {
            await writer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        await writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!disposed)
            {
                disposed = true;
                await writer.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            writeLock.Release();
        }
    }

    private static async Task PrepareSchemaAsync(SqliteConnection writer, string fullPath, int schemaVersion, CancellationToken cancellationToken)
    {
        int version = await SchemaMigrator.ReadVersionAsync(writer, transaction: null, cancellationToken).ConfigureAwait(false);

        if (version > SchemaMigrator.LatestVersion)
        {
            throw new DatabaseVersionException(fullPath, version, SchemaMigrator.LatestVersion);
        }

        string? mode = await writer.ExecuteScalarAsync<string?>("PRAGMA journal_mode = WAL", new { cancellationToken }).ConfigureAwait(false);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"データベース {fullPath} をWALモードにできません（現在のモード: {mode}）。ローカルディスク上のフォルダを指定してください。");
        }

        await SchemaMigrator.MigrateAsync(writer, schemaVersion, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="write"/> alone on the write connection, in one transaction committed before returning (never retried).</summary>
    private protected override async Task WriteAsync(
        Func<SqliteConnection, SqliteTransaction, Task> write, CancellationToken cancellationToken, bool retry = true)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            using SqliteTransaction transaction = writer.BeginTransaction(deferred: false);
            await write(writer, transaction).ConfigureAwait(false);
            transaction.Commit();
        }
        finally
        {
            writeLock.Release();
        }
    }

    private protected override async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        SqliteConnection connection = await StoreConnections.OpenForReadingAsync(connectionString, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await read(connection).ConfigureAwait(false);
        }
    }

    private protected override Task<SqliteConnection> OpenStreamingConnectionAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return StoreConnections.OpenForReadingAsync(connectionString, cancellationToken);
    }

    private protected override bool IsDisposed => disposed;

    private protected override bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique };

    private protected override bool IsForeignKeyViolation(Exception exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: SqliteConstraintForeignKey };
}
