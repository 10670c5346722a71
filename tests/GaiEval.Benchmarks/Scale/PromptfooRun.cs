namespace GaiEval.Benchmarks.Scale;

using System.Globalization;
using System.Text.Json;
using GaiEval.Tests.Support;

/// <summary>
/// <c>promptfoo-run</c>: promptfoo's <c>eval</c> on what <c>scale-run</c> gives <c>gaieval run</c> (the same numbered items,
/// the same fake server on 127.0.0.1 with the same latency and answers, as many calls at once), in its own process measured
/// the same way (<see cref="MeasuredProcess"/>), so the two lines compare. promptfoo writes its own SQLite database into the
/// run's temporary folder and its results to results.json there. Installing promptfoo is a separate
/// <c>promptfoo-run --install</c>: getrusage reports the largest child ever waited for, so npm must not run in the measuring process.
/// </summary>
public static class PromptfooRun
{
    public const string Switch = "promptfoo-run";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = PromptfooRunOptions.Parse(args);
        var install = new PromptfooInstall(options.Folder);
        if (options.Install)
        {
            return await install.InstallAsync();
        }

        if (!install.IsInstalled)
        {
            Console.Error.WriteLine($"install promptfoo first: {Switch} --install (into {install.Folder}; {install.MainScript} is missing)");
            return 2;
        }

        string folder = Directory.CreateTempSubdirectory("gaieval-promptfoo-").FullName;
        try
        {
            string sample = Path.Combine(ScaleRun.RepositoryRoot(), "testsets", "sample-ward", "items.jsonl");
            string items = Path.Combine(folder, "items.jsonl");
            string[] references = ScaleRun.WriteTestSet(sample, items, options.Items);
            await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
            server.Latency = TimeSpan.FromMilliseconds(options.LatencyMs);
            server.Answer = request => ScaleRun.AnswerFor(request.UserText, references);
            string config = PromptfooConfig.Write(items, server.V1Endpoint, options.Concurrency, folder);
            string results = Path.Combine(folder, "results.json");

            string[] command =
            [
                install.MainScript, "eval", "--config", config, "--output", results, "--max-concurrency",
                options.Concurrency.ToString(CultureInfo.InvariantCulture), "--no-cache", "--no-table", "--no-progress-bar",
            ];
            MeasuredProcess measured = await MeasuredProcess.RunAsync("node", command, null, options.Echo, Environment(folder));
            PromptfooStats? stats = PromptfooStats.Read(results);
            FormattableString line = $"items={options.Items} tool=promptfoo version={install.InstalledVersion()} exit={measured.ExitCode} wall_s={measured.Wall.TotalSeconds:0.00} cpu_s={measured.Cpu.TotalSeconds:0.00} peak_rss_mb={measured.PeakRssKb / 1024.0:0.0} server_requests={server.RequestCount} passed={stats?.Passed ?? -1} failed={stats?.Failed ?? -1} errors={stats?.Errors ?? -1}";
            Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
            if (stats is null && !options.Echo)
            {
                Console.WriteLine("promptfoo's last lines on standard error:");
                measured.ErrorTail.ToList().ForEach(l => Console.WriteLine("  | " + l));
            }

            if (options.Keep)
            {
                Console.WriteLine($"kept: {folder}");
            }

            return stats is null ? Math.Max(1, measured.ExitCode) : 0;
        }
        finally
        {
            if (!options.Keep)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>The fake server's key as GaiEval's plan reads it, promptfoo's home in the run's folder, nothing sent elsewhere.</summary>
    private static Dictionary<string, string> Environment(string folder) => new()
    {
        ["OPENAI_API_KEY"] = "scale-test-key",
        ["PROMPTFOO_CONFIG_DIR"] = Path.Combine(folder, "promptfoo-home"),
        ["PROMPTFOO_CACHE_ENABLED"] = "false",
        ["PROMPTFOO_DISABLE_TELEMETRY"] = "1",
        ["PROMPTFOO_DISABLE_UPDATE"] = "1",
        ["PROMPTFOO_DISABLE_SHARING"] = "1",
    };

    /// <summary>The counts of promptfoo's results.json (<c>results.stats</c>); null when promptfoo wrote none.</summary>
    private sealed record PromptfooStats(int Passed, int Failed, int Errors)
    {
        public static PromptfooStats? Read(string path)
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using FileStream stream = File.OpenRead(path);
            using JsonDocument document = JsonDocument.Parse(stream);
            JsonElement stats = document.RootElement.GetProperty("results").GetProperty("stats");
            return new PromptfooStats(stats.GetProperty("successes").GetInt32(), stats.GetProperty("failures").GetInt32(), stats.GetProperty("errors").GetInt32());
        }
    }
}
