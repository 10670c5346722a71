namespace GaiEval.Tests.Cli;

using System.Globalization;
using System.Text;
using CsvHelper;
using GaiEval.Tests.Support;

/// <summary>The README's first command on the shipped sample scenario, and the commands that read its stored run.</summary>
public sealed class SampleScenarioTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string root = RepositoryPaths.Root();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_default_run_scores_both_chunkings_writes_the_reports_and_can_be_rescored_and_listed()
    {
        string db = folder.File("gaieval.db");
        string output = folder.File("out");
        int items = File.ReadLines(Path.Combine(root, "testsets", "sample-ward", "items.jsonl")).Count(l => l.Trim().Length > 0);
        int probes = File.ReadLines(Path.Combine(root, "testsets", "risk-probes", "items.jsonl")).Count(l => l.Trim().Length > 0);

        using CliProcess run = await CliProcess.RunAsync(root, "run", "--db", db, "--out", output);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        string runId = Directory.GetDirectories(output).Select(Path.GetFileName).Single()!;
        Assert.Contains($"実行ID: {runId}", run.Output, StringComparison.Ordinal);
        string[] tableRows = [.. run.Output.Split('\n').Where(l => l.StartsWith("bm25-", StringComparison.Ordinal))];
        Assert.Equal(2, tableRows.Length);
        Assert.Contains(tableRows, r => r.StartsWith("bm25-headings", StringComparison.Ordinal));
        Assert.Contains(tableRows, r => r.StartsWith("bm25-fixed", StringComparison.Ordinal));
        Assert.Contains("判定者 judge-cloud は使えないため、判定者なしで採点します", run.Output, StringComparison.Ordinal);
        int openItems = GaiEval.Core.TestSets.TestSetLoader.Load(Path.Combine(root, "testsets", "sample-ward", "items.jsonl"))
            .Items.Count(i => !i.HasRule && i.Rubric.Count > 0);
        Assert.True(openItems >= 5, $"the sample needs open-ended items with rubrics, found {openItems}");
        Assert.Contains($"採点待ち {2 * openItems} 件", run.Output, StringComparison.Ordinal);

        string summary = await File.ReadAllTextAsync(Path.Combine(output, runId, "summary.md"));
        Assert.Contains("| bm25-headings |", summary, StringComparison.Ordinal);
        Assert.Equal(2 * (items + probes), CountCsvRecords(Path.Combine(output, runId, "results.csv")));

        using CliProcess score = await CliProcess.RunAsync(root, "score", runId, "--db", db, "--out", output);
        Assert.True(score.ExitCode == 0, score.Output + score.Error);
        Assert.Equal(tableRows, score.Output.Split('\n').Where(l => l.StartsWith("bm25-", StringComparison.Ordinal)));

        using CliProcess runs = await CliProcess.RunAsync(root, "runs", "--db", db);
        Assert.Equal(0, runs.ExitCode);
        Assert.Contains(runId, runs.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_counts_the_sample_by_category_and_use()
    {
        using CliProcess cli = await CliProcess.RunAsync(root, "validate", "testsets/sample-ward/plan.yaml");

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        Assert.Contains("問題なし", cli.Output, StringComparison.Ordinal);
        foreach (string use in GaiEval.Core.Model.ItemUses.All)
        {
            Assert.Contains(use, cli.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Help_explains_every_command()
    {
        using CliProcess cli = await CliProcess.RunAsync(root, "--help");

        Assert.Equal(0, cli.ExitCode);
        foreach (string command in new[] { "run", "validate", "score", "runs", "review", "gate", "report", "collect" })
        {
            Assert.Contains(command, cli.Output, StringComparison.Ordinal);
        }
    }

    private static int CountCsvRecords(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "results.csv must start with a UTF-8 BOM for Excel");
        using var reader = new StreamReader(path, Encoding.UTF8);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        int records = 0;
        while (csv.Read())
        {
            records++;
        }

        return records;
    }
}
