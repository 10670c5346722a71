namespace GaiEval.Tests.Cli.Aot;

using System.Text.RegularExpressions;
using GaiEval.Tests.Cli.Postgres;
using GaiEval.Tests.Support;

/// <summary>
/// The Native AOT publish does what the JIT build does: the sample plan run offline writes the same report files (run id,
/// times and measured response times aside), and help and validate answer with the same output and exit codes. Skipped
/// unless GAIEVAL_TEST_AOT=1 (see <see cref="AotPublish"/>).
/// </summary>
public sealed partial class AotBuildTests(AotPublish aot) : IClassFixture<AotPublish>, IDisposable
{
    private static readonly string[] TextExtensions = [".md", ".csv", ".html", ".json", ".jsonl", ".txt", ".svg", ".yaml"];

    private readonly TempFolder folder = new();
    private readonly string root = RepositoryPaths.Root();

    public void Dispose() => folder.Dispose();

    [SkippableFact]
    public async Task The_sample_run_writes_the_same_reports_as_the_jit_build()
    {
        string executable = aot.Executable;
        string plan = Path.Combine(root, "testsets", "sample-ward", "plan.yaml");

        using CliProcess jit = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", folder.File("jit.db"), "--out", folder.File("jit"));
        using CliProcess native = await CliProcess.RunExecutableAsync(executable, folder.Path, "run", plan, "--db", folder.File("aot.db"), "--out", folder.File("aot"));

        Assert.True(jit.ExitCode == 0, jit.Output + jit.Error);
        Assert.True(native.ExitCode == 0, native.Output + native.Error);
        string jitId = RunId(jit.Output);
        string aotId = RunId(native.Output);
        Assert.Equal(
            ReportNormaliser.Text(jit.Output.Replace(folder.File("jit"), "OUT", StringComparison.Ordinal), jitId),
            ReportNormaliser.Text(native.Output.Replace(folder.File("aot"), "OUT", StringComparison.Ordinal), aotId));
        string jitFolder = folder.File("jit", jitId);
        string aotFolder = folder.File("aot", aotId);
        string[] files = Files(jitFolder);
        Assert.Contains("results.csv", files);
        Assert.Contains("report.html", files);
        Assert.Equal(files, Files(aotFolder));
        foreach (string file in files.Where(f => TextExtensions.Contains(Path.GetExtension(f))))
        {
            string expected = await File.ReadAllTextAsync(Path.Combine(jitFolder, file));
            string actual = await File.ReadAllTextAsync(Path.Combine(aotFolder, file));
            Assert.True(Normalised(file, expected, jitId) == Normalised(file, actual, aotId), $"{file} differs between the JIT and the AOT build");
        }

        // The charts drawn from scores (ScottPlot, SkiaSharp, the Japanese font) are the same image; latency.png is drawn from times.
        string[] charts = [.. files.Where(f => Path.GetExtension(f) == ".png" && !f.Contains("latency", StringComparison.Ordinal))];
        Assert.NotEmpty(charts);
        foreach (string chart in charts)
        {
            byte[] expected = await File.ReadAllBytesAsync(Path.Combine(jitFolder, chart));
            byte[] actual = await File.ReadAllBytesAsync(Path.Combine(aotFolder, chart));
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"{chart} differs between the JIT and the AOT build");
        }
    }

    [SkippableFact]
    public async Task Help_and_validate_answer_as_the_jit_build_does()
    {
        string executable = aot.Executable;
        string plan = Path.Combine(root, "testsets", "sample-ward", "plan.yaml");
        string broken = folder.Write("broken.yaml", "name: 壊れた計画\ntestset: items.jsonl\nrepeats: たくさん\nproviders: []\n");

        foreach ((string[] args, int exitCode) in new[] { (new[] { "--help" }, 0), (new[] { "run", "--help" }, 0), (new[] { "validate", plan }, 0), (new[] { "validate", broken }, 2) })
        {
            using CliProcess jit = await CliProcess.RunAsync(folder.Path, args);
            using CliProcess native = await CliProcess.RunExecutableAsync(executable, folder.Path, args);

            string command = string.Join(' ', args);
            Assert.True(jit.ExitCode == exitCode, $"{command}: exit {jit.ExitCode} (JIT)\n{jit.Output}{jit.Error}");
            Assert.True(native.ExitCode == exitCode, $"{command}: exit {native.ExitCode} (AOT)\n{native.Output}{native.Error}");
            Assert.Equal(jit.Output, native.Output);
            Assert.Equal(jit.Error, native.Error);
        }
    }

    /// <summary>The report file without what differs between any two runs (run id, times, measured response times).</summary>
    private static string Normalised(string file, string text, string runId) => Path.GetExtension(file) switch
    {
        ".csv" => ReportNormaliser.Csv(text, runId),
        ".json" => ReportNormaliser.Text(LatencyFreeJson.Of(text), runId),
        _ => ReportNormaliser.Text(text, runId),
    };

    private static string RunId(string output) => RunIdLine().Match(output).Groups[1].Value;

    private static string[] Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"実行ID: (\S+)")]
    private static partial Regex RunIdLine();
}
