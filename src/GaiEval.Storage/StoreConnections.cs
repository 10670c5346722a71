using Dapper;
using Microsoft.Data.Sqlite;

namespace GaiEval.Storage;

/// <summary>Opens connections to a store file with the per-connection settings every connection needs.</summary>
internal static class StoreConnections
{
    private const string CommonPragmas = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;";

    /// <summary>
    /// No pooling: disposing the store closes the file, so it can be moved or deleted at once (Windows locks open files),
    /// and the last close checkpoints the WAL into the main file.
    /// </summary>
    public static string ConnectionString(string fullPath) => new SqliteConnectionStringBuilder
    {
        DataSource = fullPath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = false,
        ForeignKeys = true,
    }.ToString();

    public static Task<SqliteConnection> OpenForWritingAsync(string connectionString, CancellationToken cancellationToken) =>
        OpenAsync(connectionString, CommonPragmas, cancellationToken);

    public static Task<SqliteConnection> OpenForReadingAsync(string connectionString, CancellationToken cancellationToken) =>
        OpenAsync(connectionString, CommonPragmas + " PRAGMA query_only = ON;", cancellationToken);

    private static async Task<SqliteConnection> OpenAsync(string connectionString, string pragmas, CancellationToken cancellationToken)
    {
        SqliteConnection connection = new(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(pragmas).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
