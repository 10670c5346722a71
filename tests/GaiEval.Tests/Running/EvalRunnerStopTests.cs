namespace GaiEval.Tests.Running;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Running;
using GaiEval.Storage;
using GaiEval.Tests.Middleware;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI;

/// <summary>
/// A stop starts no new call; a call in flight may finish within <see cref="EvalRunner.StopGrace"/> and is committed (it
/// is not made again on resume); one still running after the grace is cancelled and left for the resume.
/// </summary>
public sealed class EvalRunnerStopTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_call_in_flight_at_the_stop_finishes_and_is_committed()
    {
        using var stop = new CancellationTokenSource();
        int started = 0;
        (RunOutcome outcome, int stored, RunStatus status) = await RunAsync(stop, async ct =>
        {
            if (Interlocked.Increment(ref started) == 3)
            {
                await stop.CancelAsync();
                await Task.Delay(TimeSpan.FromMilliseconds(100), ct); // well within the grace
            }
        });

        Assert.True(outcome.Interrupted);
        Assert.Equal(3, started);
        Assert.Equal(3, stored);
        Assert.Equal(RunStatus.Interrupted, status);
    }

    [Fact]
    public async Task A_call_still_running_after_the_grace_is_cancelled_and_not_stored()
    {
        using var stop = new CancellationTokenSource();
        int started = 0;
        (RunOutcome outcome, int stored, RunStatus status) = await RunAsync(stop, async ct =>
        {
            if (Interlocked.Increment(ref started) == 3)
            {
                await stop.CancelAsync();
                await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            }
        });

        Assert.True(outcome.Interrupted);
        Assert.Equal(3, started);
        Assert.Equal(2, stored);
        Assert.Equal(RunStatus.Interrupted, status);
    }

    /// <summary>Runs ten items one at a time against a client that runs <paramref name="during"/> in each call.</summary>
    private async Task<(RunOutcome Outcome, int Stored, RunStatus Status)> RunAsync(CancellationTokenSource stop, Func<CancellationToken, Task> during)
    {
        var profile = new ProviderProfile
        {
            Id = "a",
            Name = "a",
            Method = DeploymentMethod.Baseline,
            Adapter = "fake",
            Clearance = Sensitivity.Confidential,
            Limits = new ProviderLimits { Concurrency = 1 },
        };
        var plan = new EvalPlan { Name = "テスト", PlanFile = "plan.yaml", TestSet = "items.jsonl", Repeats = 1, Providers = [profile] };
        List<GoldItem> items =
        [
            .. Enumerable.Range(1, 10).Select(i => new GoldItem
            {
                Id = $"q{i:000}",
                Category = "住民票・戸籍",
                Use = ItemUses.Dialogue,
                Question = $"q{i:000} 住民票の手数料は？",
                MustInclude = [["300円"]],
                HumanMinutes = 5,
                ReviewMinutes = 1,
            }),
        ];
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.File("runner.db"));
        var runner = new EvalRunner(store, new Factory(new FakeChatClient
        {
            GetResponseAsyncCallback = async (_, _, ct) =>
            {
                await during(ct);
                return new ChatResponse(new ChatMessage(ChatRole.Assistant, "300円です。"));
            },
        }));
        RunInfo run = await runner.CreateRunAsync(plan, new TestSet("items.jsonl", "hash", items));

        RunOutcome outcome = await runner.ExecuteAsync(run, plan, items, cancellationToken: stop.Token);

        int stored = 0;
        await foreach (ResponseRecord _ in store.ReadResponsesAsync(run.RunId))
        {
            stored++;
        }

        return (outcome, stored, (await store.FindRunAsync(run.RunId))!.Status);
    }

    private sealed class Factory(IChatClient client) : IChatClientFactory
    {
        public IChatClient Create(ProviderProfile profile) => client;
    }
}
