namespace GaiEval.Tests.Cli.Postgres;

using System.Globalization;
using GaiEval.Core.Results;
using GaiEval.Storage.Postgres;
using GaiEval.Tests.Storage.Engines;
using GaiEval.Tests.Support;
using Npgsql;

/// <summary>
/// The PostgreSQL server goes away in the middle of a run (every connection dropped, new ones refused) and comes back: the
/// run stops without losing what it committed, and a resume makes only the missing calls, each stored once.
/// </summary>
public sealed class ServerOutageCliTests(PostgresTestServer server) : IClassFixture<PostgresTestServer>, IAsyncLifetime
{
    private const int Items = 30;
    private const string Variable = "GAIEVAL_OUTAGE_TEST_KEY";
    private readonly TempFolder folder = new();
    private readonly Dictionary<string, string> environment = new() { [Variable] = "sk-outage-test" };
    private FakeOpenAiServer provider = null!;

    public async Task InitializeAsync()
    {
        provider = await FakeOpenAiServer.StartAsync();
        provider.Latency = TimeSpan.FromMilliseconds(200);
    }

    public async Task DisposeAsync()
    {
        await provider.DisposeAsync();
        folder.Dispose();
    }

    [SkippableFact]
    public async Task A_run_whose_server_goes_away_keeps_its_committed_calls_and_resumes_once_it_is_back()
    {
        string connection = await server.NewSchemaAsync();
        var direct = new NpgsqlConnectionStringBuilder(connection);
        await using var proxy = new CuttableTcpProxy(direct.Host!, direct.Port);
        string db = string.Create(
            CultureInfo.InvariantCulture, $"postgres://{direct.Username}@127.0.0.1:{proxy.Port}/{direct.Database}?search_path={direct.SearchPath}");
        string plan = MiniScenario.Write(folder, Items, MiniScenario.SerialCloudProvider(provider.V1Endpoint, Variable));
        string output = folder.File("out");

        string runId;
        int committedBeforeOutage;
        using (CliProcess run = CliProcess.Start(folder.Path, environment, "run", plan, "--db", db, "--out", output))
        {
            (runId, committedBeforeOutage) = await StoredCalls.WaitForAsync(async () => await PostgresResultStore.OpenAsync(connection), run, atLeast: 5);
            proxy.Cut();
            await run.WaitAsync(TimeSpan.FromMinutes(2));
            Assert.NotEqual(0, run.ExitCode);
        }

        await using (PostgresResultStore store = await PostgresResultStore.OpenAsync(connection))
        {
            int kept = (await StoredCalls.KeysAsync(store, runId)).Count;
            Assert.InRange(kept, committedBeforeOutage, Items - 1);
        }

        proxy.Restore();
        using (CliProcess resumed = CliProcess.Start(folder.Path, environment, "run", "--resume", runId, "--db", db, "--out", output))
        {
            await resumed.WaitAsync(TimeSpan.FromMinutes(2));
            Assert.True(resumed.ExitCode == 0, resumed.Error);
        }

        await using (PostgresResultStore store = await PostgresResultStore.OpenAsync(connection))
        {
            List<ResponseKey> keys = await StoredCalls.KeysAsync(store, runId);
            Assert.Equal(Items, keys.Count);
            Assert.Equal(Items, keys.Distinct().Count());
            Assert.Equal(RunStatus.Scored, (await store.FindRunAsync(runId))!.Status);
        }

        // Only the calls whose answers could not be committed during the outage are made again.
        Assert.InRange(provider.Requests.Count, Items, Items + 2);
    }
}
