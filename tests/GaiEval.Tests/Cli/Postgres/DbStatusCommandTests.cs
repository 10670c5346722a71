namespace GaiEval.Tests.Cli.Postgres;

using GaiEval.Storage;
using GaiEval.Storage.Postgres;
using GaiEval.Tests.Storage.Engines;
using GaiEval.Tests.Support;

/// <summary>
/// gaieval db status on both engines: engine, location, schema version and pending migrations of a database left at an
/// older version, unchanged by the status itself and migrated by the next command that opens it.
/// </summary>
public sealed class DbStatusCommandTests(PostgresTestServer server) : IClassFixture<PostgresTestServer>, IDisposable
{
    private const string Pending = "未適用の移行: 2 件（0005_run_record、0006_kpi_imports）";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_sqlite_file_at_version_4_shows_two_pending_migrations_until_a_command_opens_it()
    {
        string path = folder.File("old.db");
        await (await SqliteResultStore.OpenAsync(path, 4, CancellationToken.None)).DisposeAsync();

        await AssertStatusAsync(path, "エンジン: SQLite", $"場所: {path}", "スキーマの版: 4（この GaiEval の最新: 6）", Pending);
        await AssertStatusAsync(path, "スキーマの版: 4（この GaiEval の最新: 6）");

        using CliProcess runs = await CliProcess.RunAsync(folder.Path, "runs", "--db", path);
        Assert.True(runs.ExitCode == 0, runs.Output + runs.Error);
        await AssertStatusAsync(path, "スキーマの版: 6（この GaiEval の最新: 6）", "未適用の移行: なし");
    }

    [Fact]
    public async Task A_missing_sqlite_file_is_reported_and_not_made()
    {
        string path = folder.File("none.db");

        await AssertStatusAsync(path, "ファイルはまだありません", "スキーマの版: 0（この GaiEval の最新: 6）", "未適用の移行: 6 件");

        Assert.False(File.Exists(path));
    }

    [SkippableFact]
    public async Task A_postgres_schema_at_version_4_shows_two_pending_migrations_until_a_command_opens_it()
    {
        string connection = await server.NewSchemaAsync();
        await (await PostgresResultStore.OpenAsync(connection, 4, CancellationToken.None)).DisposeAsync();
        string url = PostgresCliTargets.Url(server, connection);

        await AssertStatusAsync(url, "エンジン: PostgreSQL", "場所: postgres://", "スキーマの版: 4（この GaiEval の最新: 6）", Pending, "自動で適用");
        await AssertStatusAsync(url, "スキーマの版: 4（この GaiEval の最新: 6）");

        using CliProcess runs = await CliProcess.RunAsync(folder.Path, "runs", "--db", url);
        Assert.True(runs.ExitCode == 0, runs.Output + runs.Error);
        await AssertStatusAsync(url, "スキーマの版: 6（この GaiEval の最新: 6）", "未適用の移行: なし");
    }

    [SkippableFact]
    public async Task Gaieval_db_is_read_when_db_is_absent_and_the_password_is_never_shown()
    {
        string connection = await server.NewSchemaAsync() + ";Password=s3cret-pw";
        var environment = new Dictionary<string, string> { ["GAIEVAL_DB"] = connection };

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, environment, "db", "status");

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        Assert.Contains("エンジン: PostgreSQL", cli.Output, StringComparison.Ordinal);
        Assert.Contains("スキーマの版: 0（この GaiEval の最新: 6）", cli.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", cli.Output + cli.Error, StringComparison.Ordinal);
    }

    private async Task AssertStatusAsync(string db, params string[] expected)
    {
        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "db", "status", "--db", db);
        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        foreach (string line in expected)
        {
            Assert.Contains(line, cli.Output, StringComparison.Ordinal);
        }
    }
}
