namespace GaiEval.Tests.Cli.Postgres;

using Dapper;
using GaiEval.Core.Results;
using GaiEval.Storage.Postgres;
using GaiEval.Tests.Storage;
using GaiEval.Tests.Storage.Engines;
using GaiEval.Tests.Support;
using Npgsql;

/// <summary>
/// gaieval db roles --apply on a real server: a round run with two vendors' submissions (providers s1 and s2), then actual
/// SQL as each login role. The database, not the tool, keeps vendor A from vendor B's rows and every vendor from items.
/// </summary>
public sealed class DbRolesCommandTests(PostgresTestServer server) : IClassFixture<PostgresTestServer>, IDisposable
{
    private const string InsufficientPrivilege = "42501";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_script_is_printed_without_a_database_and_sqlite_refuses_apply_with_exit_2()
    {
        using CliProcess print = await CliProcess.RunAsync(folder.Path, "db", "roles");
        Assert.True(print.ExitCode == 0, print.Output + print.Error);
        Assert.Contains("CREATE ROLE gaieval_vendor NOLOGIN", print.Output, StringComparison.Ordinal);
        Assert.Contains("CREATE POLICY gaieval_vendor_own ON responses", print.Output, StringComparison.Ordinal);

        string path = folder.File("results.db");
        using CliProcess apply = await CliProcess.RunAsync(folder.Path, "db", "roles", "--apply", "--db", path);
        Assert.Equal(2, apply.ExitCode);
        Assert.Contains($"{path}:0: --db", apply.Error, StringComparison.Ordinal);
        Assert.Contains("SQLite には役割と行レベルセキュリティがありません", apply.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [SkippableFact]
    public async Task A_vendor_reads_only_its_own_rows_never_items_and_writes_nothing()
    {
        Logins logins = await SetUpAsync();

        await using NpgsqlConnection a = await OpenAsAsync(logins, logins.VendorA);
        Assert.Equal(2, await a.ExecuteScalarAsync<long>("SELECT count(*) FROM responses"));
        Assert.Equal(2, await a.ExecuteScalarAsync<long>("SELECT count(*) FROM responses WHERE provider_id = 's1'"));
        Assert.Equal(0, await a.ExecuteScalarAsync<long>("SELECT count(*) FROM responses WHERE provider_id = 's2'"));
        Assert.Equal(0, await a.ExecuteScalarAsync<long>("SELECT count(*) FROM scores WHERE provider_id = 's2'"));
        Assert.Equal(2, await a.ExecuteScalarAsync<long>("SELECT count(*) FROM scores WHERE provider_id = 's1'"));
        Assert.Equal(0, await a.ExecuteScalarAsync<long>("SELECT count(*) FROM human_grades WHERE provider_id = 's2'"));
        Assert.Equal(["s1"], await a.QueryAsync<string>("SELECT provider_id FROM human_grades"));
        Assert.Equal(["s1"], await a.QueryAsync<string>("SELECT provider_id FROM vendor_providers"));

        await AssertRefusedAsync(a, "SELECT item_json FROM items WHERE item_id = 'q-10'");
        await AssertRefusedAsync(a, "SELECT count(*) FROM items");
        await AssertRefusedAsync(a, "SELECT plan_json FROM runs");
        await AssertRefusedAsync(a, "SELECT reason FROM scores");
        await AssertRefusedAsync(a, "SELECT comment FROM human_grades");
        await AssertRefusedAsync(a, "UPDATE responses SET text = '改ざん' WHERE provider_id = 's1'");
        await AssertRefusedAsync(a, "INSERT INTO vendor_providers (login_role, run_id, provider_id) VALUES (current_user, 'r', 's2')");
        await AssertRefusedAsync(a, """
            INSERT INTO responses (run_id, item_id, provider_id, repeat, status, attempts, token_source, retrieved_ids, cached, started_at, finished_at)
            VALUES ('20250601-093000-midori', 'q-1', 's1', 1, 'ok', 1, 'reported', '[]', 0, 'x', 'x')
            """);

        using CliProcess runs = await CliProcess.RunAsync(folder.Path, "runs", "--db", PostgresCliTargets.Url(server, ConnectionAs(logins.Connection, logins.VendorA)));
        Assert.Equal(2, runs.ExitCode);
        Assert.Contains("PostgreSQL がこの役割には許されていない操作として拒みました", runs.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(StorageSamples.RunId, runs.Output, StringComparison.Ordinal);

        await using NpgsqlConnection b = await OpenAsAsync(logins, logins.VendorB);
        Assert.Equal(["s2", "s2"], await b.QueryAsync<string>("SELECT provider_id FROM responses"));
        Assert.Equal(0, await b.ExecuteScalarAsync<long>("SELECT count(*) FROM responses WHERE provider_id = 's1'"));
        Assert.Equal(0, await b.ExecuteScalarAsync<long>("SELECT count(*) FROM scores WHERE provider_id = 's1'"));

        Assert.Equal(
            ["q-10 への s1 の回答（1回目）", "q-2 への s1 の回答（1回目）"],
            await OwnerQueryAsync<string>(logins.Connection, "SELECT text FROM responses WHERE provider_id = 's1' ORDER BY item_id"));
    }

    [SkippableFact]
    public async Task A_manager_reads_everything_also_through_gaieval_and_writes_nothing_and_the_team_does_all()
    {
        Logins logins = await SetUpAsync();

        await using NpgsqlConnection manager = await OpenAsAsync(logins, logins.Manager);
        Assert.Equal(4, await manager.ExecuteScalarAsync<long>("SELECT count(*) FROM responses"));
        Assert.Equal(3, await manager.ExecuteScalarAsync<long>("SELECT count(*) FROM items"));
        Assert.Equal(2, await manager.ExecuteScalarAsync<long>("SELECT count(*) FROM human_grades WHERE comment IS NOT NULL"));
        await AssertRefusedAsync(manager, "UPDATE responses SET text = '改ざん'");
        await AssertRefusedAsync(manager, "DELETE FROM human_grades");
        await AssertRefusedAsync(manager, "INSERT INTO vendor_providers (login_role, run_id, provider_id) VALUES ('x', 'r', 's1')");

        string managerUrl = PostgresCliTargets.Url(server, ConnectionAs(logins.Connection, logins.Manager));
        Assert.Contains($"postgres://{logins.Manager}@", managerUrl, StringComparison.Ordinal);
        using CliProcess runs = await CliProcess.RunAsync(folder.Path, "runs", "--db", managerUrl);
        Assert.True(runs.ExitCode == 0, runs.Output + runs.Error);
        Assert.Contains(StorageSamples.RunId, runs.Output, StringComparison.Ordinal);

        await using NpgsqlConnection team = await OpenAsAsync(logins, logins.Team);
        Assert.Equal(2, await team.ExecuteAsync("UPDATE responses SET error = '再確認' WHERE provider_id = 's2'"));
        Assert.Equal(1, await team.ExecuteAsync("INSERT INTO vendor_providers (login_role, run_id, provider_id) VALUES ('vendor_c', 'r', 's3')"));
        Assert.Equal(1, await team.ExecuteAsync("DELETE FROM human_grades WHERE provider_id = 's2'"));

        await using (PostgresResultStore store = await PostgresResultStore.OpenAsync(ConnectionAs(logins.Connection, logins.Team)))
        {
            await store.AddResponseAsync(StorageSamples.Response("q-1", "s1", 1));
        }

        Assert.Equal(5, await team.ExecuteScalarAsync<long>("SELECT count(*) FROM responses"));
        Assert.Equal(3, await manager.ExecuteScalarAsync<long>("SELECT count(*) FROM responses WHERE provider_id = 's1'"));
    }

    [SkippableFact]
    public async Task A_manager_login_makes_the_report_of_a_run_the_team_stored_and_may_not_apply_the_roles_which_apply_again()
    {
        string connection = await server.NewSchemaAsync();
        string plan = Path.Combine(RepositoryPaths.Root(), "testsets", "sample-ward", "plan.yaml");
        using CliProcess run = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", PostgresCliTargets.Url(server, connection), "--out", folder.File("team"));
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        string runId = Path.GetFileName(Directory.GetDirectories(folder.File("team")).Single());
        await ApplyRolesAsync(connection);
        string manager = $"manager_{Guid.NewGuid():N}"[..20];
        await using (NpgsqlConnection owner = await OpenAsync(connection))
        {
            await owner.ExecuteAsync($"CREATE ROLE {manager} LOGIN IN ROLE gaieval_manager");
        }

        string managerUrl = PostgresCliTargets.Url(server, ConnectionAs(connection, manager));
        using CliProcess refused = await CliProcess.RunAsync(folder.Path, "db", "roles", "--apply", "--db", managerUrl);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("サーバーが役割の設定を拒みました（42501", refused.Error, StringComparison.Ordinal);
        await ApplyRolesAsync(connection);

        using CliProcess report = await CliProcess.RunAsync(folder.Path, "report", runId, "--db", managerUrl, "--out", folder.File("manager"));

        Assert.True(report.ExitCode == 0, report.Output + report.Error);
        Assert.True(File.Exists(Path.Combine(folder.File("manager"), runId, "report.html")));
    }

    private async Task<Logins> SetUpAsync()
    {
        string connection = await server.NewSchemaAsync();
        await using (PostgresResultStore store = await PostgresResultStore.OpenAsync(connection))
        {
            await store.CreateRunAsync(StorageSamples.Run(), StorageSamples.Items());
            string[] providers = ["s1", "s2"];
            await store.AddResponsesAsync([.. providers.SelectMany(p => new[] { StorageSamples.Response("q-10", p, 1), StorageSamples.Response("q-2", p, 1) })]);
            await store.ReplaceScoresAsync(
                StorageSamples.RunId,
                [StorageSamples.RuleEvaluator],
                [.. providers.SelectMany(p => new[] { StorageSamples.Score("q-10", p, 1, "correct", 1), StorageSamples.Score("q-2", p, 1, "correct", 0) })]);
            await store.SaveHumanGradesAsync([.. providers.Select(p => StorageSamples.Grade("q-10", p, 1, HumanGrade.Correct, "模範解答どおり「戸籍住民課」"))]);
        }

        await ApplyRolesAsync(connection);

        string suffix = Guid.NewGuid().ToString("N")[..12];
        var logins = new Logins(connection, $"vendor_a_{suffix}", $"vendor_b_{suffix}", $"manager_{suffix}", $"team_{suffix}");
        await using NpgsqlConnection owner = await OpenAsync(connection);
        await owner.ExecuteAsync($"""
            CREATE ROLE {logins.VendorA} LOGIN IN ROLE gaieval_vendor;
            CREATE ROLE {logins.VendorB} LOGIN IN ROLE gaieval_vendor;
            CREATE ROLE {logins.Manager} LOGIN IN ROLE gaieval_manager;
            CREATE ROLE {logins.Team} LOGIN IN ROLE gaieval_team;
            INSERT INTO vendor_providers (login_role, run_id, provider_id) VALUES
                ('{logins.VendorA}', '{StorageSamples.RunId}', 's1'),
                ('{logins.VendorB}', '{StorageSamples.RunId}', 's2');
            """);
        return logins;
    }

    private async Task ApplyRolesAsync(string connection)
    {
        using CliProcess apply = await CliProcess.RunAsync(folder.Path, "db", "roles", "--apply", "--db", PostgresCliTargets.Url(server, connection));
        Assert.True(apply.ExitCode == 0, apply.Output + apply.Error);
        Assert.Contains("行レベルセキュリティを設定しました", apply.Output, StringComparison.Ordinal);
    }

    private static async Task AssertRefusedAsync(NpgsqlConnection connection, string sql)
    {
        PostgresException error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(sql));
        Assert.True(error.SqlState == InsufficientPrivilege, $"{sql}: {error.SqlState} {error.MessageText}");
    }

    private static async Task<IReadOnlyList<T>> OwnerQueryAsync<T>(string connection, string sql)
    {
        await using NpgsqlConnection owner = await OpenAsync(connection);
        return [.. await owner.QueryAsync<T>(sql)];
    }

    private static string ConnectionAs(string connection, string role) =>
        new NpgsqlConnectionStringBuilder(connection) { Username = role, Password = null }.ConnectionString;

    private static async Task<NpgsqlConnection> OpenAsync(string connection)
    {
        NpgsqlConnection opened = new(connection);
        await opened.OpenAsync();
        return opened;
    }

    private static Task<NpgsqlConnection> OpenAsAsync(Logins logins, string role) => OpenAsync(ConnectionAs(logins.Connection, role));

    private sealed record Logins(string Connection, string VendorA, string VendorB, string Manager, string Team);
}
