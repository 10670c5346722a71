using System.Net;
using System.Net.Sockets;
using Dapper;
using GaiEval.Core.Results;
using GaiEval.Storage;
using GaiEval.Storage.Migrations;
using GaiEval.Storage.Postgres;
using GaiEval.Tests.Storage.Engines;
using Npgsql;

namespace GaiEval.Tests.Storage;

/// <summary>What only the PostgreSQL store does: connecting to a server, its schema version table, many openers at once.</summary>
public sealed class PostgresResultStoreTests(PostgresTestServer server) : IClassFixture<PostgresTestServer>
{
    [Fact]
    public async Task An_unreachable_server_is_a_typed_error_naming_host_port_and_database()
    {
        int closedPort = ClosedPort();
        string connectionString = $"Host=127.0.0.1;Port={closedPort};Database=gaieval_poc;Username=poc;Password=s3cret;Timeout=3";

        StoreConnectionException error = await Assert.ThrowsAsync<StoreConnectionException>(() => PostgresResultStore.OpenAsync(connectionString));

        Assert.Equal(("127.0.0.1", closedPort, "gaieval_poc"), (error.Host, error.Port, error.Database));
        Assert.Contains($"gaieval_poc（127.0.0.1:{closedPort}）に接続できません", error.Message);
        Assert.Contains("サーバーに届きません", error.Message);
        Assert.DoesNotContain("s3cret", error.Message);
    }

    [SkippableFact]
    public async Task A_database_missing_on_the_server_is_the_same_typed_error()
    {
        string missing = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "gaieval_no_such_db" }.ConnectionString;

        StoreConnectionException error = await Assert.ThrowsAsync<StoreConnectionException>(() => PostgresResultStore.OpenAsync(missing));

        Assert.Equal("gaieval_no_such_db", error.Database);
        Assert.Contains("そのデータベースはサーバーにありません", error.Message);
    }

    [SkippableFact]
    public async Task Opening_applies_every_migration_once_and_records_each_version()
    {
        var engine = new PostgresEngineStore(server);
        string connectionString = await engine.ConnectionStringAsync();

        await (await PostgresResultStore.OpenAsync(connectionString)).DisposeAsync();
        await (await PostgresResultStore.OpenAsync(connectionString)).DisposeAsync();

        Assert.Equal(
            SchemaMigrator.All.Select(migration => $"{migration.Version}:{migration.Name}"),
            await engine.QueryAsync<string>("SELECT version || ':' || name FROM schema_migrations ORDER BY version"));
    }

    [SkippableFact]
    public async Task Stores_opened_at_once_on_an_empty_database_migrate_it_once()
    {
        var engine = new PostgresEngineStore(server);
        string connectionString = await engine.ConnectionStringAsync();

        PostgresResultStore[] stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PostgresResultStore.OpenAsync(connectionString))));
        foreach (PostgresResultStore store in stores)
        {
            await store.DisposeAsync();
        }

        Assert.Equal(SchemaMigrator.LatestVersion, await engine.ScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations"));
    }

    [SkippableFact]
    public async Task A_database_of_a_newer_version_is_refused_and_left_alone()
    {
        var engine = new PostgresEngineStore(server);
        string connectionString = await engine.ConnectionStringAsync();
        await (await PostgresResultStore.OpenAsync(connectionString)).DisposeAsync();
        await ExecuteAsync(connectionString, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, '0099_future', 'x')");

        DatabaseVersionException error = await Assert.ThrowsAsync<DatabaseVersionException>(() => PostgresResultStore.OpenAsync(connectionString));

        Assert.Equal((99, SchemaMigrator.LatestVersion), (error.DatabaseVersion, error.SupportedVersion));
        Assert.Equal(SchemaMigrator.LatestVersion + 1, await engine.ScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations"));
    }

    [SkippableFact]
    public async Task Has_the_tables_and_columns_of_the_sqlite_file()
    {
        var postgres = new PostgresEngineStore(server);
        await (await postgres.OpenAsync()).DisposeAsync();
        await using var sqlite = new SqliteEngineStore();
        await (await sqlite.OpenAsync()).DisposeAsync();

        IReadOnlyList<string> sqliteColumns = await sqlite.QueryAsync<string>(
            "SELECT m.name || '.' || p.name FROM sqlite_master m, pragma_table_info(m.name) p " +
            "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY 1");
        IReadOnlyList<string> postgresColumns = await postgres.QueryAsync<string>(
            "SELECT table_name || '.' || column_name FROM information_schema.columns " +
            "WHERE table_schema = current_schema() AND table_name <> 'schema_migrations' ORDER BY table_name || '.' || column_name COLLATE \"C\"");

        // PostgreSQL has no rowid: the usage events keep their import order in a column of their own.
        Assert.Equal(sqliteColumns, postgresColumns.Where(column => column != "kpi_usage_events.row_order"));
        Assert.Contains("kpi_usage_events.row_order", postgresColumns);
    }

    [SkippableFact]
    public async Task Connections_the_server_dropped_are_replaced_without_an_error()
    {
        var engine = new PostgresEngineStore(server);
        string schema = await engine.ConnectionStringAsync();
        string named = new NpgsqlConnectionStringBuilder(schema) { ApplicationName = "gaieval-dropped" }.ConnectionString;
        await using PostgresResultStore store = await PostgresResultStore.OpenAsync(named);
        await store.CreateRunAsync(StorageSamples.Run(), StorageSamples.Items());

        // Ends the store's pooled connections on the server side, as a server restart would.
        await ExecuteAsync(schema, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'gaieval-dropped'");

        Assert.NotNull(await store.FindRunAsync(StorageSamples.RunId));
        await ExecuteAsync(schema, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'gaieval-dropped'");
        await store.AddResponseAsync(StorageSamples.Response("q-10", "cloud-mini", 1));
        Assert.Equal(1, await store.CountResponsesAsync(StorageSamples.RunId, ResponseStatus.Ok));
    }

    [SkippableFact]
    public async Task A_response_postgresql_cannot_hold_fails_alone_among_calls_finishing_at_once()
    {
        var engine = new PostgresEngineStore(server);
        await using IResultStore store = await engine.OpenWithRunAsync();
        ResponseRecord withNul = StorageSamples.Response("q-2", "bm25", 1) with { Text = "回答\0の途中" };
        ResponseRecord[] calls = [.. Enumerable.Range(1, 30).Select(repeat => StorageSamples.Response("q-10", "cloud-mini", repeat)), withNul];

        Task all = Task.WhenAll(calls.Select(call => Task.Run(() => store.AddResponseAsync(call))));
        await Assert.ThrowsAnyAsync<Exception>(() => all);

        InvalidOperationException refused = Assert.IsType<InvalidOperationException>(Assert.Single(all.Exception!.InnerExceptions));
        Assert.Contains("item 'q-2', provider 'bm25', repeat 1 cannot be stored", refused.Message);
        Assert.Equal(30, await store.CountResponsesAsync(StorageSamples.RunId, ResponseStatus.Ok));
    }

    [SkippableFact]
    public async Task A_new_run_the_planner_has_no_statistics_of_is_read_without_a_nested_loop_over_its_items()
    {
        var engine = new PostgresEngineStore(server);
        string connectionString = await engine.ConnectionStringAsync();
        await using (PostgresResultStore store = await PostgresResultStore.OpenAsync(connectionString))
        {
            await StoreScoredRunAsync(store, "run-analysed");
            await ExecuteAsync(connectionString, "ANALYZE items; ANALYZE responses; ANALYZE scores");
            await StoreScoredRunAsync(store, "run-new");
        }

        await using NpgsqlConnection connection = new(connectionString);
        await connection.OpenAsync();
        string plain = await ExplainScoresAsync(connection);
        await PostgresReadSession.PrepareAsync(connection, CancellationToken.None);
        string prepared = await ExplainScoresAsync(connection);

        // Without the session setting the planner takes the run for one row and loops over its items: the case this guards.
        Assert.Contains("Nested Loop", plain);
        Assert.DoesNotContain("Nested Loop", prepared);
    }

    private static async Task StoreScoredRunAsync(IResultStore store, string runId)
    {
        GaiEval.Core.Model.GoldItem sample = StorageSamples.Items()[0];
        GaiEval.Core.Model.GoldItem[] items = [.. Enumerable.Range(1, 300).Select(n => sample with { Id = $"q-{n}" })];
        await store.CreateRunAsync(StorageSamples.Run(runId), items);
        await store.AddResponsesAsync([.. items.Select(item => StorageSamples.Response(item.Id, "cloud-mini", 1, runId))]);
        ScoreRecord[] scores =
        [
            .. items.SelectMany(item => Enumerable.Range(1, 5).Select(metric =>
                StorageSamples.Score(item.Id, "cloud-mini", 1, $"metric-{metric}", 1, runId))),
        ];
        await store.ReplaceScoresAsync(runId, [StorageSamples.RuleEvaluator], scores);
    }

    private static async Task<string> ExplainScoresAsync(NpgsqlConnection connection) =>
        string.Join("\n", await connection.QueryAsync<string>("EXPLAIN " + StoreSql.SelectScores, new { RunId = "run-new" }));

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using NpgsqlConnection connection = new(connectionString);
        await connection.OpenAsync();
        await connection.ExecuteAsync(sql);
    }

    /// <summary>A loopback port nothing listens on: bound a moment ago and released.</summary>
    private static int ClosedPort()
    {
        using TcpListener listener = new(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
