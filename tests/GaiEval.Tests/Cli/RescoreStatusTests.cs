namespace GaiEval.Tests.Cli;

using GaiEval.Cli.Commands;
using GaiEval.Cli.Inputs;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Storage;
using GaiEval.Tests.Support;

/// <summary>Scores are replaced in batches, so a scored run being scored again is not scored until the last batch is in.</summary>
public sealed class RescoreStatusTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_rescore_stopped_half_way_leaves_the_run_to_be_scored_again_and_the_next_report_scores_it()
    {
        string plan = MiniScenario.Write(folder, 6, MiniScenario.RetrievalProvider("base"));
        string db = folder.File("results.db");
        using CliProcess first = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", db, "--out", folder.File("out"));
        Assert.True(first.ExitCode is 0 or 1 or 3, first.Output + first.Error);

        string runId;
        await using (SqliteResultStore store = await SqliteResultStore.OpenAsync(db))
        {
            RunInfo run = Assert.Single(await store.ListRunsAsync());
            runId = run.RunId;
            Assert.Equal(RunStatus.Scored, run.Status);
            using var stopped = new CancellationTokenSource();
            await stopped.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(
                () => RunScoring.ScoreAsync(store, run, StoredKnowledge.Open(run, PlanSnapshot.FromJson(run.PlanJson)), judge: null, stopped.Token));

            Assert.Equal(RunStatus.CallsComplete, (await store.FindRunAsync(runId))!.Status);
        }

        using CliProcess report = await CliProcess.RunAsync(folder.Path, "report", runId, "--db", db, "--out", folder.File("again"), "--format", "md");

        Assert.True(report.ExitCode == 0, report.Output + report.Error);
        Assert.Contains("採点が未完了でした", report.Error, StringComparison.Ordinal);
        await using SqliteResultStore reopened = await SqliteResultStore.OpenAsync(db);
        Assert.Equal(RunStatus.Scored, (await reopened.FindRunAsync(runId))!.Status);
    }
}
