namespace GaiEval.Tests.Cli;

using GaiEval.Tests.Support;

/// <summary>An unexpected error exits 70 with one Japanese line naming its log, and the log holds the whole error with no secret.</summary>
public sealed class InternalErrorTests : IDisposable
{
    private const string Key = "sk-planted-Q7wE2rT9yU4iO1pA6sD3";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_corrupt_database_exits_70_with_one_line_and_a_log_without_the_key()
    {
        // The key is in the environment and, as a careless user might type it, in the database's path on the command line.
        string db = folder.WriteBytes($"{Key}.db", [.. Enumerable.Repeat((byte)'x', 4096)]);
        string temp = Directory.CreateDirectory(folder.File("tmp")).FullName;
        var environment = new Dictionary<string, string> { ["TMPDIR"] = temp, ["GAIEVAL_TEST_PLATFORM_API_KEY"] = Key };

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, environment, "runs", "--db", db);

        Assert.True(cli.ExitCode == 70, cli.Output + cli.Error);
        string line = Assert.Single(cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("内部エラー: ", line, StringComparison.Ordinal);
        string log = Assert.Single(Directory.GetFiles(Path.Combine(temp, "gaieval"), "internal-error-*.log"));
        Assert.Contains(log, line, StringComparison.Ordinal);
        string text = File.ReadAllText(log);
        Assert.Contains("SqliteException", text, StringComparison.Ordinal);
        Assert.Contains(" at ", text, StringComparison.Ordinal); // the stack trace is in the log, not on the console
        Assert.Contains("***.db", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_that_fails_unexpectedly_names_its_log_on_its_one_line()
    {
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base"));
        string db = folder.File("results.db");
        using (CliProcess first = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", db, "--out", folder.File("out")))
        {
            Assert.True(first.ExitCode == 0, first.Output + first.Error);
        }

        // The report folder's name is taken by a file: writing the reports fails, which no input check foresees.
        string runId = Path.GetFileName(Directory.GetDirectories(folder.File("out")).Single());
        Directory.CreateDirectory(folder.File("blocked"));
        File.WriteAllText(folder.File("blocked", runId), "not a folder");
        string temp = Directory.CreateDirectory(folder.File("tmp")).FullName;

        using CliProcess cli = await CliProcess.RunAsync(
            folder.Path, new Dictionary<string, string> { ["TMPDIR"] = temp }, "score", runId, "--db", db, "--out", folder.File("blocked"));

        Assert.True(cli.ExitCode == 70, cli.Output + cli.Error);
        string line = Assert.Single(cli.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("内部エラー", StringComparison.Ordinal));
        string log = Assert.Single(Directory.GetFiles(Path.Combine(temp, "gaieval"), "internal-error-*.log"));
        Assert.Contains(log, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", cli.Error, StringComparison.Ordinal);
    }
}
