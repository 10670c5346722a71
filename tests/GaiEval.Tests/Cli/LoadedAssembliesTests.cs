namespace GaiEval.Tests.Cli;

using GaiEval.Tests.Support;

/// <summary>A command loads only what its work needs: each assembly loaded costs the process memory for its whole run (issue 15).</summary>
public sealed class LoadedAssembliesTests
{
    [Fact]
    public async Task A_run_on_an_SQLite_file_does_not_load_the_PostgreSQL_driver()
    {
        using var folder = new TempFolder();
        string plan = MiniScenario.Write(folder, items: 3, MiniScenario.RetrievalProvider("bm25"));
        string loaded = Path.Combine(folder.Path, "loaded.txt");
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location,
            [StartupHook.FileVariable] = loaded,
        };

        using CliProcess run = await CliProcess.RunAsync(
            folder.Path, environment, "run", plan, "--db", Path.Combine(folder.Path, "eval.db"), "--out", Path.Combine(folder.Path, "reports"));

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        string[] assemblies = File.ReadAllLines(loaded);
        Assert.Contains("Microsoft.Data.Sqlite", assemblies);
        Assert.DoesNotContain("Npgsql", assemblies);
    }
}
