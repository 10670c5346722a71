namespace GaiEval.Benchmarks.Scale;

using System.Diagnostics;
using System.Globalization;
using GaiEval.Core.Analysis;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Storage;
using GaiEval.Tests.Support;

/// <summary>
/// <c>report-open [--items N] [--cli PATH/gaieval.dll|PATH/gaieval] [--keep]</c>: stores a finished, scored run of N items (default 100,000) answered by two
/// providers straight into SQLite (no calls), has <c>gaieval report RUN_ID --format html</c> write report.html and its
/// companion pages in its own process, then times Debian's headless Chromium (as the browser tests start it) loading
/// report.html and the first companion page to the end of their scripts (--dump-dom), the median of three starts each,
/// beside the same for an empty page (Chromium's own start-up). Prints one line of figures.
/// </summary>
public static class ReportOpen
{
    public const string Switch = "report-open";

    private const string RunId = "20261203-000000-open";
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string[] Categories = ["住民票・戸籍", "税", "子育て", "福祉", "ごみ・環境", "国民健康保険", "介護", "防災"];

    private static readonly string[] Uses = [ItemUses.Dialogue, ItemUses.DocumentDrafting, ItemUses.ExtractionSummary];

    public static async Task<int> RunAsync(string[] args)
    {
        int items = 100_000;
        bool keep = false;
        string cli = CliCommand.Default(RepositoryRoot());
        for (int i = 1; i < args.Length; i++)
        {
            (items, keep, cli) = args[i] switch
            {
                "--items" => (int.Parse(args[++i], CultureInfo.InvariantCulture), keep, cli),
                "--keep" => (items, true, cli),
                "--cli" => (items, keep, Path.GetFullPath(args[++i])),
                _ => throw new ArgumentException("unknown option: " + args[i]),
            };
        }

        if (!File.Exists(cli) || !File.Exists(Chromium))
        {
            Console.Error.WriteLine($"build the command first (dotnet build -c Release src/GaiEval.Cli) and install chromium: {cli}, {Chromium}");
            return 2;
        }

        string folder = Directory.CreateTempSubdirectory("gaieval-report-open-").FullName;
        try
        {
            string database = Path.Combine(folder, "open.db");
            var store = Stopwatch.StartNew();
            await StoreRunAsync(database, items);
            store.Stop();
            string[] command = CliCommand.For(cli, "report", RunId, "--db", database, "--format", "html", "--out", Path.Combine(folder, "reports"));
            MeasuredProcess report = await MeasuredProcess.RunAsync(command[0], command[1..], null, echo: false);
            string html = Path.Combine(folder, "reports", RunId, "report.html");
            string pages = Path.Combine(folder, "reports", RunId, "items");
            string[] pageFiles = Directory.Exists(pages) ? Directory.GetFiles(pages, "items-*.html") : [];
            string blank = Path.Combine(folder, "blank.html");
            await File.WriteAllTextAsync(blank, "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>空</title></head><body></body></html>");
            TimeSpan openBlank = await MedianOpenAsync(blank);
            TimeSpan openReport = await MedianOpenAsync(html);
            TimeSpan openPage = pageFiles.Length > 0 ? await MedianOpenAsync(Path.Combine(pages, "items-001.html")) : TimeSpan.Zero;
            FormattableString line = $"items={items} store_s={store.Elapsed.TotalSeconds:0.0} report_exit={report.ExitCode} report_wall_s={report.Wall.TotalSeconds:0.00} report_cpu_s={report.Cpu.TotalSeconds:0.00} report_peak_rss_mb={report.PeakRssKb / 1024.0:0.0} report_html_mb={new FileInfo(html).Length / 1048576.0:0.00} pages={pageFiles.Length} largest_page_mb={(pageFiles.Length == 0 ? 0 : pageFiles.Max(f => new FileInfo(f).Length) / 1048576.0):0.00} chromium_blank_s={openBlank.TotalSeconds:0.00} chromium_report_s={openReport.TotalSeconds:0.00} chromium_page_s={openPage.TotalSeconds:0.00}";
            Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
            if (keep)
            {
                Console.WriteLine($"kept: {folder}");
            }

            return report.ExitCode;
        }
        finally
        {
            if (!keep)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<TimeSpan> MedianOpenAsync(string file)
    {
        List<TimeSpan> times = [];
        for (int i = 0; i < 3; i++)
        {
            times.Add(await OpenAsync(file));
        }

        return times.Order().ElementAt(1);
    }

    /// <summary>Wall time of headless Chromium loading the file, running its script and printing the DOM, with a fresh profile.</summary>
    private static async Task<TimeSpan> OpenAsync(string file)
    {
        string profile = Directory.CreateTempSubdirectory("gaieval-chromium-").FullName;
        try
        {
            var info = new ProcessStartInfo(Chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", $"--user-data-dir={profile}", "--dump-dom", new Uri(file).AbsoluteUri,
            })
            {
                info.ArgumentList.Add(arg);
            }

            var watch = Stopwatch.StartNew();
            using Process process = Process.Start(info)!;
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            watch.Stop();
            if (process.ExitCode != 0 || !(await output).Contains("</html>", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"chromium could not render {file}: {await error}");
            }

            return watch.Elapsed;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    private static async Task StoreRunAsync(string database, int count)
    {
        ProviderProfile[] providers =
        [
            new() { Id = "cloud-a", Name = "クラウドA", Method = DeploymentMethod.Cloud, Adapter = "openai", Clearance = Sensitivity.Internal, Candidate = true },
            new() { Id = "cloud-b", Name = "クラウドB", Method = DeploymentMethod.Cloud, Adapter = "openai", Clearance = Sensitivity.Internal, Candidate = true },
        ];
        var plan = new EvalPlan { Name = "表示の計測", PlanFile = "plan.yaml", TestSet = "items.jsonl", Providers = providers };
        List<GoldItem> items = [.. Enumerable.Range(0, count).Select(Item)];
        var started = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(9));
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(database);
        await store.CreateRunAsync(StoredRun.RunInfoFor(plan, count, runId: RunId), items);
        List<ScoreRecord> scores = [];
        foreach (GoldItem[] chunk in items.Chunk(5_000))
        {
            List<ResponseRecord> responses = [];
            foreach (GoldItem item in chunk)
            {
                int index = int.Parse(item.Id.AsSpan(1), CultureInfo.InvariantCulture);
                for (int p = 0; p < providers.Length; p++)
                {
                    bool failed = index % (997 + p) == 0;
                    bool correct = index % (5 + (2 * p)) != 0;
                    var response = new ResponseRecord
                    {
                        RunId = RunId,
                        ItemId = item.Id,
                        ProviderId = providers[p].Id,
                        Repeat = 1,
                        Status = failed ? ResponseStatus.Error : ResponseStatus.Ok,
                        Text = failed ? null : Answer(index, correct),
                        Error = failed ? "HTTP 503: サービスを一時的に利用できません" : null,
                        Attempts = failed ? 3 : 1,
                        LatencyMs = failed ? null : 800 + (index * 37 % 1900),
                        InputTokens = failed ? null : 120,
                        OutputTokens = failed ? null : 90,
                        TokenSource = TokenSource.Estimated,
                        Tokenizer = "o200k_base",
                        StartedAt = started,
                        FinishedAt = started.AddSeconds(1),
                    };
                    responses.Add(response);
                    if (!failed)
                    {
                        scores.Add(Score(item.Id, providers[p].Id, MetricNames.Correct, correct ? 1 : 0, correct ? null : "未充足: [300円]"));
                        scores.Add(Score(item.Id, providers[p].Id, MetricNames.MustIncludeCoverage, correct ? 1 : 0, correct ? null : "未充足: [300円]"));
                        scores.Add(Score(item.Id, providers[p].Id, MetricNames.CharF1, correct ? 0.8 : 0.3, null));
                    }
                }
            }

            await store.AddResponsesAsync(responses);
        }

        await store.ReplaceScoresAsync(RunId, ["Benchmark"], scores);
        await store.SetRunStatusAsync(RunId, RunStatus.Scored, started.AddHours(1));
    }

    private static string RepositoryRoot()
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

    private static GoldItem Item(int index) => new()
    {
        Id = $"q{index:000000}",
        Category = Categories[index % Categories.Length],
        Use = Uses[index % Uses.Length],
        Question = $"{Categories[index % Categories.Length]}について伺います。住民票の写しを郵送で請求したいのですが、手数料と必要な書類を教えてください（問 {index}）。",
        Reference = "住民票の写しは1通300円です。郵送の場合は請求書、本人確認書類の写し、定額小為替、返信用封筒が必要です。",
        MustInclude = [["300円"]],
        HumanMinutes = 6,
        ReviewMinutes = 1,
    };

    private static string Answer(int index, bool correct) =>
        (correct ? "住民票の写しの手数料は1通300円です。" : "住民票の写しの手数料は1通350円です。")
        + "郵送で請求する場合は、請求書に必要事項を記入し、運転免許証などの本人確認書類の写し、手数料分の定額小為替、"
        + $"切手を貼った返信用封筒を同封して市民課へ送ってください。詳しくは区のホームページをご覧ください（回答 {index}）。";

    private static ScoreRecord Score(string itemId, string providerId, string metric, double value, string? reason) => new()
    {
        RunId = RunId,
        ItemId = itemId,
        ProviderId = providerId,
        Repeat = 1,
        Evaluator = "Benchmark",
        Metric = metric,
        Value = value,
        Reason = reason,
    };
}
