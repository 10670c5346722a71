namespace GaiEval.Benchmarks.Scale;

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using GaiEval.Tests.Support;

/// <summary>
/// The whole <c>gaieval run</c> as a user starts it, in its own process, for the figures issue 15 sets: wall time, CPU time
/// and peak resident memory of the process, and the size of report.html. The items are the sample ward's, repeated with a
/// number until there are as many as asked, so scoring does real work; against <c>openai</c> a fake server on 127.0.0.1
/// answers every question with its reference after a fixed latency, against <c>baseline</c> the offline retrieval baseline
/// answers from the sample knowledge.
/// </summary>
public static partial class ScaleRun
{
    public const string Switch = "scale-run";

    private const string KeyVariable = "GAIEVAL_SCALE_KEY";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = ScaleRunOptions.Parse(args);
        string repository = RepositoryRoot();
        string cli = options.Cli ?? CliCommand.Default(repository);
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"build the command first: dotnet build -c Release src/GaiEval.Cli ({cli} is missing)");
            return 2;
        }

        string folder = Directory.CreateTempSubdirectory("gaieval-scale-").FullName;
        try
        {
            string sample = Path.Combine(repository, "testsets", "sample-ward");
            string[] references = WriteTestSet(Path.Combine(sample, "items.jsonl"), Path.Combine(folder, "items.jsonl"), options.Items);
            await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
            server.Latency = TimeSpan.FromMilliseconds(options.LatencyMs);
            server.Answer = request => AnswerFor(request.UserText, references);
            File.WriteAllText(Path.Combine(folder, "plan.yaml"), Plan(options, server.V1Endpoint, Path.Combine(sample, "knowledge")));

            await using ScaleStore store = await ScaleStore.CreateAsync(options.Db, options.SameDb, folder);
            store.Keep = options.Keep;
            string[] command =
            [
                .. options.Wrap,
                .. CliCommand.For(cli, "run", Path.Combine(folder, "plan.yaml"), "--db", store.Location.Target, "--out", Path.Combine(folder, "reports")),
            ];
            // Under a profiler the process measured is the profiler's, whose stages mean nothing.
            using var stages = new StagePeaks();
            var measured = await MeasuredProcess.RunAsync(
                command[0], command[1..], options.KillAfter, options.Echo, new Dictionary<string, string> { [KeyVariable] = "scale-test-key" },
                options.Wrap.Count == 0 ? stages : null);
            stages.Stop(measured.Cpu, measured.Wall);
            string reports = Path.Combine(folder, "reports");
            string? html = Directory.Exists(reports) ? Directory.EnumerateFiles(reports, "report.html", SearchOption.AllDirectories).FirstOrDefault() : null;
            // Resetting the high-water mark at each stage resets the kernel's maximum of the whole process too: the stages' is the peak then.
            long peakKb = Math.Max(measured.PeakRssKb, stages.Peaks.Select(p => p.PeakKb).DefaultIfEmpty().Max());
            long stored = await store.CountResponsesAsync();
            FormattableString line = $"items={options.Items} provider={options.Provider} db={store.Location.Engine.ToString().ToLowerInvariant()} exit={measured.ExitCode} wall_s={measured.Wall.TotalSeconds:0.00} cpu_s={measured.Cpu.TotalSeconds:0.00} peak_rss_mb={peakKb / 1024.0:0.0} report_html_mb={(html is null ? 0 : new FileInfo(html).Length / 1048576.0):0.00} server_requests={server.RequestCount} stored_responses={stored}";
            Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
            if (options.Wrap.Count == 0)
            {
                Console.WriteLine(stages.Format());
                Console.WriteLine(stages.FormatTimes());
            }
            if (measured.ExitCode != 0 && !options.Echo)
            {
                Console.WriteLine("gaieval's last lines on standard error:");
                measured.ErrorTail.ToList().ForEach(l => Console.WriteLine("  | " + l));
            }

            if (options.KillAfter is not null)
            {
                Console.WriteLine(FormattableString.Invariant($"signal_to_exit_s={measured.SignalToExit?.TotalSeconds:0.00}"));
            }

            if (options.Keep)
            {
                Console.WriteLine($"kept: {folder} {store.Location.Display}");
            }

            return measured.ExitCode;
        }
        finally
        {
            if (!options.Keep)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    internal static string AnswerFor(string question, string[] references)
    {
        Match number = ItemNumber().Match(question);
        return number.Success && int.TryParse(number.Groups[1].ValueSpan, CultureInfo.InvariantCulture, out int n) && n < references.Length
            ? references[n]
            : "わかりません。";
    }

    /// <summary>Writes <paramref name="count"/> numbered copies of the sample's items; returns each one's reference (what the server answers).</summary>
    internal static string[] WriteTestSet(string sample, string target, int count)
    {
        Dictionary<string, JsonElement>[] source =
        [
            .. File.ReadLines(sample).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(l)!),
        ];
        string[] references = new string[count];
        using var writer = new StreamWriter(target);
        for (int i = 0; i < count; i++)
        {
            var copy = new Dictionary<string, JsonElement>(source[i % source.Length]);
            copy["id"] = JsonSerializer.SerializeToElement(FormattableString.Invariant($"s-{i:000000}"));
            copy["question"] = JsonSerializer.SerializeToElement(FormattableString.Invariant($"［No.{i}］") + copy["question"].GetString());
            copy.Remove("split");
            writer.WriteLine(JsonSerializer.Serialize(copy));
            references[i] = copy.TryGetValue("reference", out JsonElement reference) ? reference.GetString() ?? string.Empty : "わかりません。";
        }

        return references;
    }

    private static string Plan(ScaleRunOptions options, Uri endpoint, string knowledge)
    {
        string provider = options.Provider == "baseline"
            ? """
                - id: bm25
                  name: 検索ベースライン
                  method: baseline
                  adapter: builtin-retrieval
                  retrieval: { chunking: headings, top_k: 1 }
                  clearance: confidential
                  candidate: false
              """
            : $$"""
                - id: cloud
                  name: クラウド（負荷試験）
                  method: cloud
                  adapter: openai
                  endpoint: {{endpoint}}
                  model: gpt-scale
                  api_key_env: {{KeyVariable}}
                  limits: { concurrency: {{options.Concurrency}}, timeout_s: 60 }
                  clearance: confidential
              """;
        return $"""
            name: 規模の試験
            testset: items.jsonl
            knowledge: {knowledge}
            repeats: 1
            cache: false
            providers:
            {provider}
            criteria:
              - metric: accuracy
                op: ">="
                value: 0.85
                required: true
                why: 規模の試験
            """;
    }

    internal static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GaiEval.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("GaiEval.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"［No\.(\d+)］")]
    private static partial Regex ItemNumber();
}
