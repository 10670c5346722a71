namespace GaiEval.Tests.Cli;

using GaiEval.Tests.Support;

/// <summary>Bad input gets every error with file and line, exit code 2, and nothing written.</summary>
public sealed class BadInputTests
{
    [Fact]
    public async Task A_gold_set_with_errors_exits_2_lists_every_error_and_writes_no_database()
    {
        using var folder = new TempFolder();
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base"));
        string[] lines = File.ReadAllLines(folder.File("items.jsonl"));
        lines[0] = lines[0].Replace("対話生成", "雑談", StringComparison.Ordinal);
        lines[2] = "{ not json";
        File.WriteAllLines(folder.File("items.jsonl"), lines);
        string db = folder.File("results.db");

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", db);

        Assert.Equal(2, cli.ExitCode);
        Assert.Contains("items.jsonl:1: use:", cli.Error, StringComparison.Ordinal);
        Assert.Contains("items.jsonl:3:", cli.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task An_unknown_run_id_to_resume_exits_2()
    {
        using var folder = new TempFolder();
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base"));
        string db = folder.File("results.db");
        using CliProcess first = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", db, "--out", folder.File("out"));
        Assert.Equal(0, first.ExitCode);

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "run", "--resume", "20990101-000000-0000", "--db", db);

        Assert.Equal(2, cli.ExitCode);
        Assert.Contains("20990101-000000-0000", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_words_on_the_command_line_exit_2_not_the_no_go_code()
    {
        using var folder = new TempFolder();

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "run", "--no-such-option");

        Assert.Equal(2, cli.ExitCode);
        Assert.Contains("--no-such-option", cli.Error, StringComparison.Ordinal);
    }
}
