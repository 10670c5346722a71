namespace GaiEval.Tests.Cli;

using System.Text.Json;
using System.Text.RegularExpressions;
using GaiEval.Tests.Support;

/// <summary>gaieval report through the real command, on runs made by gaieval run with the built-in baseline.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Rebuilds_every_report_file_of_a_stored_run()
    {
        string runId = await RunAsync("first", items: 6, MiniScenario.RetrievalProvider("base"));
        string reports = folder.File("rebuilt");

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "report", runId, "--db", Db, "--out", reports);

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        foreach (string file in new[] { "summary.md", "decision.md", "results.csv", "analysis.json" })
        {
            string path = Path.Combine(reports, runId, file);
            Assert.True(File.Exists(path), $"{file} was not written");
            Assert.Contains(path, cli.Output, StringComparison.Ordinal);
        }

        Assert.Contains("## 14. 評価方法の限界", await File.ReadAllTextAsync(Path.Combine(reports, runId, "decision.md")), StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(reports, runId, "analysis.json")));
        Assert.Equal(runId, json.RootElement.GetProperty("run").GetProperty("run_id").GetString());
    }

    [Fact]
    public async Task The_files_run_writes_at_once_are_the_bytes_report_writes_one_after_another()
    {
        // The scenario's knowledge stays in place for report, which checks it as run did.
        using var scenario = new TempFolder();
        string plan = MiniScenario.Write(scenario, 12, MiniScenario.RetrievalProvider("base") + MiniScenario.RetrievalProvider("extra"));
        using CliProcess run = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", Db, "--out", folder.File("reports"));
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        string runId = Regex.Match(run.Output, @"実行ID: (\S+)").Groups[1].Value;
        string reports = folder.File("rebuilt");

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "report", runId, "--db", Db, "--out", reports);

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        string[] written = Files(folder.File("reports", runId));
        Assert.Contains("report.html", written);
        Assert.Contains("accuracy.png", written);
        Assert.Equal(Files(Path.Combine(reports, runId)), written);
        foreach (string file in written)
        {
            byte[] fromRun = await File.ReadAllBytesAsync(folder.File("reports", runId, file));
            byte[] fromReport = await File.ReadAllBytesAsync(Path.Combine(reports, runId, file));
            Assert.True(fromRun.AsSpan().SequenceEqual(fromReport), $"{file} differs between run and report from byte {fromRun.AsSpan().CommonPrefixLength(fromReport)}");
        }
    }

    [Fact]
    public async Task Overwrites_the_files_it_is_asked_for_and_only_those()
    {
        string runId = await RunAsync("first", items: 3, MiniScenario.RetrievalProvider("base"));
        string summary = folder.File("reports", runId, "summary.md");
        string csv = folder.File("reports", runId, "results.csv");
        await File.WriteAllTextAsync(summary, "古い要約");
        await File.WriteAllTextAsync(csv, "古い表");
        File.Delete(folder.File("reports", runId, "analysis.json")); // run wrote every format; md must not bring it back

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "report", runId, "--db", Db, "--format", "md");

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        Assert.StartsWith("# 評価結果の要約", await File.ReadAllTextAsync(summary), StringComparison.Ordinal);
        Assert.Equal("古い表", await File.ReadAllTextAsync(csv));
        Assert.True(File.Exists(folder.File("reports", runId, "decision.md")));
        Assert.False(File.Exists(folder.File("reports", runId, "analysis.json")));
    }

    [Fact]
    public async Task Compare_writes_the_change_per_shared_provider_names_the_others_and_warns_of_a_different_test_set()
    {
        string before = await RunAsync("first", items: 3, MiniScenario.RetrievalProvider("base"));
        string after = await RunAsync("second", items: 6, MiniScenario.RetrievalProvider("base") + MiniScenario.RetrievalProvider("extra"));

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "report", after, "--compare", before, "--db", Db, "--format", "json");

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        string comparison = await File.ReadAllTextAsync(folder.File("reports", after, "comparison.md"));
        Assert.Contains($"## 比較先 `{before}`", comparison, StringComparison.Ordinal);
        Assert.Contains("### base", comparison, StringComparison.Ordinal);
        Assert.DoesNotContain("### extra", comparison, StringComparison.Ordinal);
        Assert.Contains("- この実行だけにある方式: extra", comparison, StringComparison.Ordinal);
        Assert.Contains("テストセットが異なります", comparison, StringComparison.Ordinal);
        Assert.Matches(@"\| 正答率 \| [\d.]+% \[[\d.]+%, [\d.]+%\]（n=3） \| [\d.]+% \[[\d.]+%, [\d.]+%\]（n=6） \| [+\-±]\d+\.\dポイント \|", comparison);
        Assert.Matches(@"\| 平均入力トークン \| \d+ \| \d+ \| [+\-±]\d+ \|", comparison);
    }

    [Fact]
    public async Task An_unknown_format_is_bad_input_and_writes_nothing()
    {
        string runId = await RunAsync("first", items: 3, MiniScenario.RetrievalProvider("base"));
        string reports = folder.File("elsewhere");

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "report", runId, "--db", Db, "--out", reports, "--format", "md,pdf");

        Assert.Equal(2, cli.ExitCode);
        Assert.Contains("pdf", cli.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(reports));
    }

    [Fact]
    public async Task An_unknown_run_is_bad_input()
    {
        _ = await RunAsync("first", items: 3, MiniScenario.RetrievalProvider("base"));

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "report", "20990101-000000-none", "--db", Db);

        Assert.Equal(2, cli.ExitCode);
        Assert.Contains("20990101-000000-none", cli.Error, StringComparison.Ordinal);
    }

    private string Db => folder.File("results.db");

    /// <summary>The files under <paramref name="root"/> (item pages included), relative, in name order.</summary>
    private static string[] Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];

    /// <summary>Runs a mini scenario in its own subfolder into the shared database and returns the run id.</summary>
    private async Task<string> RunAsync(string name, int items, string providers)
    {
        using var scenario = new TempFolder();
        string plan = MiniScenario.Write(scenario, items, providers);
        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", Db, "--out", folder.File("reports"));
        Assert.True(cli.ExitCode == 0, $"{name}: {cli.Output}{cli.Error}");
        return Regex.Match(cli.Output, @"実行ID: (\S+)").Groups[1].Value;
    }
}
