namespace GaiEval.Benchmarks.Scale;

using System.Data.Common;
using System.Globalization;
using GaiEval.Storage.Location;
using Microsoft.Data.Sqlite;
using Npgsql;

/// <summary>
/// The store one measured run writes to, empty at the start as a first run's is: a new SQLite file in the run's folder, or,
/// for a PostgreSQL server given with <c>--db</c>, a new database on that server, dropped afterwards unless kept; or, for
/// several runs at once, the store given as it is. It counts
/// the stored responses, so a figure is only reported for a run that stored every call.
/// </summary>
public sealed class ScaleStore : IAsyncDisposable
{
    private readonly string? serverConnection;
    private readonly string? database;

    private ScaleStore(StoreLocation location, string? serverConnection, string? database)
    {
        Location = location;
        this.serverConnection = serverConnection;
        this.database = database;
    }

    /// <summary>What <c>gaieval run --db</c> is given.</summary>
    public StoreLocation Location { get; }

    /// <summary>Keeps a PostgreSQL database when disposed (for <c>--keep</c>).</summary>
    public bool Keep { get; set; }

    /// <param name="db">The <c>--db</c> of the benchmark: null for a SQLite file in <paramref name="folder"/>.</param>
    /// <param name="asGiven">Writes to the PostgreSQL database named in <paramref name="db"/> instead of a new one.</param>
    public static async Task<ScaleStore> CreateAsync(string? db, bool asGiven, string folder)
    {
        if (db is null)
        {
            return new ScaleStore(new StoreLocation(StoreEngine.Sqlite, Path.Combine(folder, "scale.db")), null, null);
        }

        StoreLocation given = StoreLocation.Parse(db, "--db");
        if (given.Engine == StoreEngine.Sqlite || asGiven)
        {
            return new ScaleStore(given, null, null);
        }

        string name = "gaieval_scale_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(given.Target))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(given.Target) { Database = name };
        return new ScaleStore(new StoreLocation(StoreEngine.Postgres, builder.ConnectionString), given.Target, name);
    }

    /// <summary>The number of responses stored (every run's in a shared store), or -1 when the store cannot be read.</summary>
    public async Task<long> CountResponsesAsync()
    {
        if (Location.Engine == StoreEngine.Sqlite && !File.Exists(Location.Target))
        {
            return -1;
        }

        await using DbConnection connection = Location.Engine == StoreEngine.Sqlite
            ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Location.Target, Mode = SqliteOpenMode.ReadOnly }.ToString())
            : new NpgsqlConnection(Location.Target);
        try
        {
            await connection.OpenAsync();
            await using DbCommand count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM responses";
            return Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
        catch (DbException)
        {
            return -1;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (database is null || Keep)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(serverConnection);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
