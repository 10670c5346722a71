namespace GaiEval.Tests.Cli;

using System.Text.RegularExpressions;
using GaiEval.Tests.Support;

/// <summary>What run prints at its end: the run id once, and the files the report folder really holds.</summary>
public sealed partial class RunOutputTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_run_id_is_printed_once_and_the_file_list_is_the_report_folder()
    {
        string plan = MiniScenario.Write(folder, 6, MiniScenario.RetrievalProvider("base"));

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", folder.File("results.db"), "--out", folder.File("out"));

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        string[] lines = cli.Output.Split('\n');
        string idLine = Assert.Single(lines, l => l.Contains("実行ID", StringComparison.Ordinal));
        string runId = Path.GetFileName(Directory.GetDirectories(folder.File("out")).Single());
        Assert.StartsWith($"実行ID: {runId}", idLine, StringComparison.Ordinal);

        Match listed = ResultLine().Match(cli.Output);
        Assert.True(listed.Success, cli.Output);
        Assert.Equal(Path.Combine(folder.File("out"), runId), listed.Groups["folder"].Value);
        string[] files = [.. Directory.GetFiles(listed.Groups["folder"].Value).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        Assert.Contains(files, f => f.EndsWith(".png", StringComparison.Ordinal));
        Assert.Equal(files, listed.Groups["files"].Value.Split('、'));
    }

    [GeneratedRegex(@"^結果: (?<folder>.+)/（(?<files>[^）]+)）\s*$", RegexOptions.Multiline)]
    private static partial Regex ResultLine();
}
