namespace GaiEval.Tests.Cli;

using GaiEval.Core.Results;
using GaiEval.Storage;
using GaiEval.Tests.Support;

/// <summary>A run killed with SIGKILL in the middle loses nothing committed, and --resume finishes it without repeating a call.</summary>
public sealed class RunResumeTests
{
    private const int Items = 30;

    [Fact]
    public async Task A_killed_run_resumes_without_repeating_a_stored_call()
    {
        using var folder = new TempFolder();
        string plan = MiniScenario.Write(folder, Items, MiniScenario.RetrievalProvider(
            "slow", "    limits: { concurrency: 1, rpm: 300 }"));
        string db = folder.File("results.db");

        using (CliProcess first = CliProcess.Start(folder.Path, "run", plan, "--db", db, "--out", folder.File("out")))
        {
            int stored = await WaitForStoredResponsesAsync(db, atLeast: 5, first);
            Assert.InRange(stored, 5, Items - 1);
            first.Kill();
            await first.WaitAsync(TimeSpan.FromSeconds(30));
        }

        (string runId, Dictionary<ResponseKey, ResponseRecord> beforeResume) = await ReadAsync(db);
        Assert.InRange(beforeResume.Count, 5, Items - 1);

        using CliProcess resumed = await CliProcess.RunAsync(folder.Path, "run", "--resume", runId, "--db", db, "--out", folder.File("out"));
        Assert.True(resumed.ExitCode == 0, resumed.Output + resumed.Error);

        (_, Dictionary<ResponseKey, ResponseRecord> after) = await ReadAsync(db);
        Assert.Equal(Items, after.Count);
        Assert.All(beforeResume, pair =>
        {
            ResponseRecord again = after[pair.Key];
            Assert.Equal(pair.Value.StartedAt, again.StartedAt);
            Assert.Equal(pair.Value.FinishedAt, again.FinishedAt);
            Assert.Equal(pair.Value.Text, again.Text);
        });
        Assert.True(File.Exists(Path.Combine(folder.File("out"), runId, "summary.md")));

        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(db);
        Assert.Equal(RunStatus.Scored, (await store.FindRunAsync(runId))!.Status);
    }

    private static async Task<int> WaitForStoredResponsesAsync(string db, int atLeast, CliProcess process)
    {
        DateTime deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, "the run ended before it could be killed: " + process.Output + process.Error);
            if (File.Exists(db))
            {
                (_, Dictionary<ResponseKey, ResponseRecord> responses) = await ReadAsync(db);
                if (responses.Count >= atLeast)
                {
                    return responses.Count;
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("no responses were stored within 60 s: " + process.Error);
    }

    private static async Task<(string RunId, Dictionary<ResponseKey, ResponseRecord> Responses)> ReadAsync(string db)
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(db);
        IReadOnlyList<RunInfo> runs = await store.ListRunsAsync();
        if (runs.Count == 0)
        {
            return (string.Empty, []);
        }

        var responses = new Dictionary<ResponseKey, ResponseRecord>();
        await foreach (ResponseRecord response in store.ReadResponsesAsync(runs[0].RunId))
        {
            responses.Add(response.Key, response);
        }

        return (runs[0].RunId, responses);
    }
}
