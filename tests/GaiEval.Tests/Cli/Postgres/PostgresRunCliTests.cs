namespace GaiEval.Tests.Cli.Postgres;

using GaiEval.Tests.Storage.Engines;
using GaiEval.Tests.Support;

/// <summary>
/// The CLI on a PostgreSQL store, through the real command: the same reports as on SQLite, GAIEVAL_DB when --db is absent,
/// and a server that cannot be reached named as bad input. Skipped without GAIEVAL_TEST_POSTGRES (failed in CI).
/// </summary>
public sealed class PostgresRunCliTests(PostgresTestServer server) : IClassFixture<PostgresTestServer>, IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string root = RepositoryPaths.Root();

    public void Dispose() => folder.Dispose();

    [SkippableFact]
    public async Task The_sample_run_on_postgres_writes_the_same_reports_as_on_sqlite()
    {
        string url = PostgresCliTargets.Url(server, await server.NewSchemaAsync());

        (string sqliteId, string sqliteFolder) = await RunSampleAsync("--db", folder.File("gaieval.db"), "sqlite");
        (string postgresId, string postgresFolder) = await RunSampleAsync("--db", url, "postgres");

        Assert.NotEqual(sqliteId, postgresId);
        Assert.Equal(
            ReportNormaliser.Text(await File.ReadAllTextAsync(Path.Combine(sqliteFolder, "summary.md")), sqliteId),
            ReportNormaliser.Text(await File.ReadAllTextAsync(Path.Combine(postgresFolder, "summary.md")), postgresId));
        Assert.Equal(
            ReportNormaliser.Csv(await File.ReadAllTextAsync(Path.Combine(sqliteFolder, "results.csv")), sqliteId),
            ReportNormaliser.Csv(await File.ReadAllTextAsync(Path.Combine(postgresFolder, "results.csv")), postgresId));
        Assert.Equal(
            ReportNormaliser.Text(await File.ReadAllTextAsync(Path.Combine(sqliteFolder, "report.html")), sqliteId),
            ReportNormaliser.Text(await File.ReadAllTextAsync(Path.Combine(postgresFolder, "report.html")), postgresId));

        using CliProcess runs = await CliProcess.RunAsync(folder.Path, "runs", "--db", url);
        Assert.True(runs.ExitCode == 0, runs.Output + runs.Error);
        Assert.Contains(postgresId, runs.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(sqliteId, runs.Output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(folder.File("reports"), "postgres-*.staff-key"));
    }

    [SkippableFact]
    public async Task Gaieval_db_names_the_store_when_db_is_absent()
    {
        string keywords = await server.NewSchemaAsync();
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base"));
        var environment = new Dictionary<string, string> { ["GAIEVAL_DB"] = keywords };

        using CliProcess run = await CliProcess.RunAsync(folder.Path, environment, "run", plan, "--out", folder.File("out"));

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.False(File.Exists(folder.File("reports/gaieval.db")), "the default file must not be made when GAIEVAL_DB names the store");
        string runId = Directory.GetDirectories(folder.File("out")).Select(Path.GetFileName).Single()!;
        using CliProcess runs = await CliProcess.RunAsync(folder.Path, "runs", "--db", PostgresCliTargets.Url(server, keywords));
        Assert.True(runs.ExitCode == 0, runs.Output + runs.Error);
        Assert.Contains(runId, runs.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_database_the_server_does_not_have_exits_2_naming_it_and_writes_nothing()
    {
        string url = PostgresCliTargets.Url(server);
        string missing = url[..(url.LastIndexOf('/') + 1)] + "no_such_poc";
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base"));

        using CliProcess run = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", missing, "--out", folder.File("out"));

        Assert.True(run.ExitCode == 2, run.Output + run.Error);
        Assert.Contains("PostgreSQL のデータベース no_such_poc（127.0.0.1:", run.Error, StringComparison.Ordinal);
        Assert.Contains("そのデータベースはサーバーにありません", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("out")));
    }

    private async Task<(string RunId, string Folder)> RunSampleAsync(string option, string database, string name)
    {
        string output = folder.File(name);
        // Run from the temp folder: the PostgreSQL run keeps the KPI staff-key secret under ./reports, never in the repository.
        using CliProcess run = await CliProcess.RunAsync(folder.Path, "run", Path.Combine(root, "testsets", "sample-ward", "plan.yaml"), option, database, "--out", output);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        string runId = Directory.GetDirectories(output).Select(Path.GetFileName).Single()!;
        return (runId, Path.Combine(output, runId));
    }
}
