namespace GaiEval.Tests.Kpi.Wire;

using System.Text;
using GaiEval.Cli;
using GaiEval.Tests.Storage;
using GaiEval.Tests.Support;

/// <summary>
/// README command 1 (gaieval run, the sample plan, offline) with the sample's kpi: block: the files are imported once, the
/// run's report gets the KPIs (figures from the generator's check, testsets/sample-ward/kpi/README.md), and
/// <c>report</c> reads the same imports again without storing them twice.
/// </summary>
public sealed class SampleRunKpiTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_sample_run_exits_0_with_the_kpis_of_real_use_and_report_reuses_the_stored_imports()
    {
        string database = folder.File("gaieval.db");
        string output = folder.File("out");

        using CliProcess run = await CliProcess.RunAsync(RepositoryPaths.Root(), "run", "--db", database, "--out", output);

        Assert.True(run.ExitCode == ExitCodes.Done, run.Output + run.Error);
        Assert.Contains("KPI: usage-log.csv を取り込みました（19,598件、うち評価ハーネス自身の呼び出し 360件は利用者に数えません）", run.Output, StringComparison.Ordinal);
        Assert.Single(run.Output.Split('\n'), line => line.StartsWith("KPI: usage-log.csv", StringComparison.Ordinal));
        Assert.Contains("満足度 上位2段階 75.2% [67.4%, 81.6%]（n=141、2026-12）", run.Output, StringComparison.Ordinal);
        Assert.Contains("月間利用者 352人（2026-12、対象職員の 58.2%）", run.Output, StringComparison.Ordinal);
        Assert.Contains("削減時間（実測） 1件 25.7分", run.Output, StringComparison.Ordinal);
        string runId = run.Output.Split('\n').First(l => l.StartsWith("実行ID: ", StringComparison.Ordinal))["実行ID: ".Length..].Split(' ')[0].Trim();
        Assert.True(File.Exists(Path.Combine(output, runId, "report.html")));

        using CliProcess report = await CliProcess.RunAsync(RepositoryPaths.Root(), "report", runId, "--db", database, "--out", output);

        Assert.True(report.ExitCode == ExitCodes.Done, report.Output + report.Error);
        Assert.Contains("KPI: survey.csv 取り込み済み（312件）", report.Output, StringComparison.Ordinal);
        Assert.Contains("月間利用者 352人（2026-12、対象職員の 58.2%）", report.Output, StringComparison.Ordinal);
        Assert.Equal(3L, await RawDatabase.ScalarAsync<long>(database, "SELECT count(*) FROM kpi_imports"));
        Assert.Equal(19598L, await RawDatabase.ScalarAsync<long>(database, "SELECT count(*) FROM kpi_usage_events"));

        // E55453 is a staff number in the sample's usage log and survey exports.
        byte[] key = Encoding.UTF8.GetBytes("E55453");
        string[] files = [.. new[] { database, database + "-wal" }.Where(File.Exists), .. Directory.GetFiles(output, "*", SearchOption.AllDirectories)];
        Assert.All(files, file => Assert.True(File.ReadAllBytes(file).AsSpan().IndexOf(key) < 0, $"{file} holds a raw staff key"));
    }
}
