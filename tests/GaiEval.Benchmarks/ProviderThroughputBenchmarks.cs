namespace GaiEval.Benchmarks;

using BenchmarkDotNet.Attributes;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Running;
using GaiEval.Providers;
using GaiEval.Storage;
using GaiEval.Tests.Support;

/// <summary>
/// End to end: the runner, the whole provider pipeline (rate limiter, resilience, measurement, OpenAI adapter over real
/// HTTP) and a SQLite commit per call, against a fake OpenAI-compatible server that answers after 100 ms. With
/// concurrency 32 the ideal is 320 requests per second; the mean reported is the time per request.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class ProviderThroughputBenchmarks
{
    private const int Requests = 640;
    private const int Concurrency = 32;

    private FakeOpenAiServer server = null!;
    private SqliteResultStore store = null!;
    private string folder = null!;
    private EvalPlan plan = null!;
    private TestSet testSet = null!;

    [GlobalSetup]
    public void Setup()
    {
        server = FakeOpenAiServer.StartAsync().GetAwaiter().GetResult();
        server.Latency = TimeSpan.FromMilliseconds(100);
        folder = Path.Combine(Path.GetTempPath(), "gaieval-bench-" + Guid.NewGuid().ToString("N"));
        store = SqliteResultStore.OpenAsync(Path.Combine(folder, "bench.db")).GetAwaiter().GetResult();
        testSet = new TestSet("bench.jsonl", "hash", [.. Enumerable.Range(1, Requests).Select(i => new GoldItem
        {
            Id = $"b{i:0000}",
            Category = "住民票・戸籍",
            Use = ItemUses.Dialogue,
            Question = $"質問{i}: 住民票の写しの手数料はいくらですか。",
            MustInclude = [["300円"]],
            HumanMinutes = 5,
            ReviewMinutes = 1,
        })]);
        plan = new EvalPlan
        {
            Name = "throughput",
            PlanFile = "plan.yaml",
            TestSet = testSet.Path,
            Providers =
            [
                new ProviderProfile
                {
                    Id = "cloud",
                    Name = "cloud",
                    Method = DeploymentMethod.Cloud,
                    Adapter = AdapterNames.OpenAi,
                    Endpoint = server.V1Endpoint.ToString(),
                    Model = "gpt-bench",
                    Limits = new ProviderLimits { Concurrency = Concurrency, TimeoutS = 30 },
                },
            ],
        };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = Requests, Description = "runner + pipeline + SQLite, 100 ms server, concurrency 32 (per request)")]
    public async Task<RunOutcome> RunAgainstFakeServer()
    {
        var runner = new EvalRunner(store, new ChatClientFactory(knowledge: null));
        RunInfo run = await runner.CreateRunAsync(plan, testSet);
        return await runner.ExecuteAsync(run, plan, testSet.Items);
    }
}
