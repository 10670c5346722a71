using Dapper;
using Microsoft.Data.Sqlite;

namespace GaiEval.Tests.Storage;

/// <summary>Looks at a database file past the store, with a connection of its own.</summary>
internal static class RawDatabase
{
    public static async Task<T> ScalarAsync<T>(string path, string sql)
    {
        await using SqliteConnection connection = await OpenAsync(path);
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }

    public static async Task<IReadOnlyList<T>> QueryAsync<T>(string path, string sql)
    {
        await using SqliteConnection connection = await OpenAsync(path);
        return [.. await connection.QueryAsync<T>(sql)];
    }

    public static async Task ExecuteAsync(string path, string sql, object? parameters = null)
    {
        await using SqliteConnection connection = await OpenAsync(path);
        await connection.ExecuteAsync(sql, parameters);
    }

    public static Task<long> UserVersionAsync(string path) => ScalarAsync<long>(path, "PRAGMA user_version");

    /// <summary>Tables and named indexes (not SQLite's automatic ones), sorted.</summary>
    public static async Task<IReadOnlyList<string>> SchemaObjectsAsync(string path) =>
        await QueryAsync<string>(
            path,
            "SELECT type || ':' || name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%' ORDER BY 1");

    private static async Task<SqliteConnection> OpenAsync(string path)
    {
        SqliteConnection connection = new(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
