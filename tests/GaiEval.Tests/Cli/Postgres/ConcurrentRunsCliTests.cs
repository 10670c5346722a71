namespace GaiEval.Tests.Cli.Postgres;

using GaiEval.Core.Results;
using GaiEval.Storage;
using GaiEval.Storage.Postgres;
using GaiEval.Tests.Storage.Engines;
using GaiEval.Tests.Support;

/// <summary>
/// Several gaieval processes on one store: four runs of the sample into one PostgreSQL database store every call once,
/// and of two processes resuming the same interrupted run, one makes the calls while the other is refused (exit 2), on
/// PostgreSQL (an advisory lock) and on SQLite (a lock file).
/// </summary>
public sealed class ConcurrentRunsCliTests(PostgresTestServer server) : IClassFixture<PostgresTestServer>, IAsyncLifetime
{
    private const int Items = 40;
    private const string Variable = "GAIEVAL_LEASE_TEST_KEY";
    private readonly TempFolder folder = new();
    private readonly Dictionary<string, string> environment = new() { [Variable] = "sk-lease-test" };
    private FakeOpenAiServer provider = null!;

    public async Task InitializeAsync()
    {
        provider = await FakeOpenAiServer.StartAsync();
        provider.Latency = TimeSpan.FromMilliseconds(250);
    }

    public async Task DisposeAsync()
    {
        await provider.DisposeAsync();
        folder.Dispose();
    }

    [SkippableFact]
    public async Task Four_runs_of_the_sample_into_one_postgres_database_store_every_call_exactly_once()
    {
        string connection = await server.NewSchemaAsync();
        string url = PostgresCliTargets.Url(server, connection);
        string root = RepositoryPaths.Root();
        int items = File.ReadLines(Path.Combine(root, "testsets", "sample-ward", "items.jsonl")).Count(l => l.Trim().Length > 0);
        int probes = File.ReadLines(Path.Combine(root, "testsets", "risk-probes", "items.jsonl")).Count(l => l.Trim().Length > 0);
        string plan = Path.Combine(root, "testsets", "sample-ward", "plan.yaml");

        CliProcess[] runs = [.. Enumerable.Range(1, 4).Select(i => CliProcess.Start(folder.Path, "run", plan, "--db", url, "--out", folder.File($"out{i}")))];
        try
        {
            foreach (CliProcess run in runs)
            {
                await run.WaitAsync(TimeSpan.FromMinutes(4));
                Assert.True(run.ExitCode == 0, run.Output + run.Error);
            }
        }
        finally
        {
            foreach (CliProcess run in runs)
            {
                run.Dispose();
            }
        }

        await using PostgresResultStore store = await PostgresResultStore.OpenAsync(connection);
        IReadOnlyList<RunInfo> stored = await store.ListRunsAsync();
        Assert.Equal(4, stored.Count);
        foreach (RunInfo run in stored)
        {
            List<ResponseKey> keys = await StoredCalls.KeysAsync(store, run.RunId);
            // The sample plan: two providers, one repeat, every item and every risk probe.
            Assert.Equal(2 * (items + probes), keys.Count);
            Assert.Equal(keys.Count, keys.Distinct().Count());
        }

        Assert.Equal(3, (await store.ListKpiImportsAsync()).Count);
    }

    [SkippableFact]
    public async Task Two_processes_resuming_one_postgres_run_never_make_a_call_twice()
    {
        string connection = await server.NewSchemaAsync();
        await TwoResumersAsync(PostgresCliTargets.Url(server, connection), async () => await PostgresResultStore.OpenAsync(connection));
    }

    [Fact]
    public async Task Two_processes_resuming_one_sqlite_run_never_make_a_call_twice()
    {
        string db = folder.File("results.db");
        await TwoResumersAsync(db, async () => await SqliteResultStore.OpenAsync(db));
    }

    /// <summary>A run killed after a few calls, then resumed by two processes started together.</summary>
    private async Task TwoResumersAsync(string db, Func<Task<IEvalStore>> open)
    {
        string plan = MiniScenario.Write(folder, Items, MiniScenario.SerialCloudProvider(provider.V1Endpoint, Variable));
        string output = folder.File("out");
        string runId;
        using (CliProcess first = CliProcess.Start(folder.Path, environment, "run", plan, "--db", db, "--out", output))
        {
            (runId, _) = await StoredCalls.WaitForAsync(async () => await open(), first, atLeast: 2);
            first.Kill();
            await first.WaitAsync(TimeSpan.FromSeconds(30));
        }

        using CliProcess one = CliProcess.Start(folder.Path, environment, "run", "--resume", runId, "--db", db, "--out", output);
        using CliProcess other = CliProcess.Start(folder.Path, environment, "run", "--resume", runId, "--db", db, "--out", output);
        await one.WaitAsync(TimeSpan.FromMinutes(2));
        await other.WaitAsync(TimeSpan.FromMinutes(2));

        CliProcess[] refused = [.. new[] { one, other }.Where(p => p.ExitCode == 2)];
        CliProcess[] finished = [.. new[] { one, other }.Where(p => p.ExitCode == 0)];
        Assert.True(refused.Length == 1 && finished.Length == 1, $"exit {one.ExitCode}: {one.Error}\nexit {other.ExitCode}: {other.Error}");
        Assert.Contains("この実行（" + runId + "）は別のプロセスが実行中です", refused[0].Error, StringComparison.Ordinal);
        Assert.DoesNotContain("項目 ", refused[0].Output, StringComparison.Ordinal);

        await using IEvalStore store = await open();
        List<ResponseKey> keys = await StoredCalls.KeysAsync(store, runId);
        Assert.Equal(Items, keys.Count);
        Assert.Equal(Items, keys.Distinct().Count());
        Assert.Equal(RunStatus.Scored, (await store.FindRunAsync(runId))!.Status);
        // At most the one call in flight when the first process was killed was made and lost; none was made twice.
        Assert.InRange(provider.Requests.Count, Items, Items + 1);
    }
}
