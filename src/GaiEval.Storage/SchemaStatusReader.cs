using GaiEval.Core.Inputs;
using GaiEval.Storage.Location;
using GaiEval.Storage.Migrations;
using GaiEval.Storage.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GaiEval.Storage;

/// <summary>Reads a store's schema version without changing anything (no file is made, no migration applied).</summary>
public static class SchemaStatusReader
{
    private const int SqliteNotADatabase = 26;

    /// <exception cref="StoreConnectionException">The PostgreSQL server cannot be reached, or refuses the user or the database.</exception>
    /// <exception cref="InputException">The SQLite file is not a database.</exception>
    public static async Task<SchemaStatus> ReadAsync(StoreLocation location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.Engine == StoreEngine.Sqlite)
        {
            string path = Path.GetFullPath(location.Target);
            return File.Exists(path)
                ? Status(location, exists: true, await ReadSqliteVersionAsync(path, cancellationToken).ConfigureAwait(false))
                : Status(location, exists: false, version: 0);
        }

        return Status(location, exists: true, await ReadPostgresVersionAsync(location.Target, cancellationToken).ConfigureAwait(false));
    }

    private static SchemaStatus Status(StoreLocation location, bool exists, int version) => new(
        location.Engine,
        location.Display,
        exists,
        version,
        SchemaMigrator.LatestVersion,
        [.. SchemaMigrator.All.Where(m => m.Version > version).Select(m => m.Name)]);

    private static async Task<int> ReadSqliteVersionAsync(string path, CancellationToken cancellationToken)
    {
        string connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        SqliteConnection connection = new(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            try
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                return await SchemaDialect.Sqlite.ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteNotADatabase)
            {
                throw new InputException(path, 0, "--db", "SQLiteデータベースではありません。GaiEvalの結果データベースを指定してください。");
            }
        }
    }

    private static async Task<int> ReadPostgresVersionAsync(string connectionString, CancellationToken cancellationToken)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        NpgsqlConnection connection = new(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            try
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (PostgresErrors.ConnectionFailure(exception) is { } reason)
            {
                throw StoreConnectionException.For(settings, reason, exception);
            }

            return await SchemaDialect.Postgres.ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false);
        }
    }
}
