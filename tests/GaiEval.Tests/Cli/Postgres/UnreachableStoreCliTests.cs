namespace GaiEval.Tests.Cli.Postgres;

using GaiEval.Tests.Support;

/// <summary>A PostgreSQL store that cannot be reached is bad input (exit 2) naming host and database, never the password.</summary>
public sealed class UnreachableStoreCliTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_closed_port_exits_2_naming_host_and_database_without_the_password()
    {
        int port = PostgresCliTargets.ClosedPort();

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "runs", "--db", $"postgres://gaieval:s3cret-pw@127.0.0.1:{port}/poc_results");

        Assert.True(cli.ExitCode == 2, cli.Output + cli.Error);
        Assert.Contains($"127.0.0.1:{port}", cli.Error, StringComparison.Ordinal);
        Assert.Contains("poc_results", cli.Error, StringComparison.Ordinal);
        Assert.Contains("接続できません", cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", cli.Output + cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_from_gaieval_db_on_a_closed_port_stores_nothing_and_exits_2()
    {
        int port = PostgresCliTargets.ClosedPort();
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base"));
        var environment = new Dictionary<string, string> { ["GAIEVAL_DB"] = $"Host=127.0.0.1;Port={port};Database=poc_results;Username=gaieval;Password=s3cret-pw" };

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, environment, "run", plan, "--out", folder.File("out"));

        Assert.True(cli.ExitCode == 2, cli.Output + cli.Error);
        Assert.Contains("poc_results", cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", cli.Output + cli.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("out")), "nothing may be written when the store cannot be opened");
        Assert.False(File.Exists(folder.File("reports/gaieval.db")));
    }
}
