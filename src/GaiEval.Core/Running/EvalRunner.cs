namespace GaiEval.Core.Running;

using System.Reflection;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;

/// <summary>
/// Replays a gold set against the plan's providers (items × providers × repeats) and commits every finished call
/// before it counts. Calls already stored are never made again, so a killed or interrupted run resumes where it stopped.
/// Risk probes go through <paramref name="probeClients"/> (which search the probe set's own knowledge) with the probe
/// canary appended to the system prompt; everything else about their calls is the same.
/// </summary>
public sealed class EvalRunner(IResultStore store, IChatClientFactory clients, TimeProvider? timeProvider = null, IChatClientFactory? probeClients = null)
{
    private readonly TimeProvider time = timeProvider ?? TimeProvider.System;

    /// <summary>How long the calls in flight may still finish (and be committed) after a stop before they are cancelled.</summary>
    public static TimeSpan StopGrace { get; } = TimeSpan.FromSeconds(1);

    public static string ToolVersion { get; } =
        typeof(EvalRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    /// <summary>
    /// Stores a new run with its plan snapshot, criteria hash, item snapshot (the test set's items, then the risk probes)
    /// and the hash of the knowledge base its providers search (null without one). Nothing is called yet. The run's item
    /// count and hash are the test set's; the probes are pinned by the plan's risk settings.
    /// </summary>
    public async Task<RunInfo> CreateRunAsync(
        EvalPlan plan,
        TestSet testSet,
        string? knowledgeHash = null,
        CancellationToken cancellationToken = default,
        IReadOnlyList<GoldItem>? probes = null)
    {
        DateTimeOffset now = time.GetUtcNow();
        var run = new RunInfo
        {
            RunId = RunIds.New(now),
            PlanName = plan.Name,
            PlanFile = plan.PlanFile,
            PlanJson = PlanSnapshot.ToJson(plan),
            TestSetPath = testSet.Path,
            TestSetHash = testSet.ContentHash,
            ItemCount = testSet.Items.Count,
            Repeats = plan.Repeats,
            ToolVersion = ToolVersion,
            CriteriaJson = PlanSnapshot.CriteriaJson(plan),
            CriteriaHash = PlanSnapshot.CriteriaHash(plan),
            KnowledgeHash = knowledgeHash,
            StartedAt = now,
        };
        await store.CreateRunAsync(run, [.. testSet.Items, .. probes ?? []], cancellationToken).ConfigureAwait(false);
        return run;
    }

    /// <summary>
    /// Makes every call of the run that is not stored yet; when the last call of the run's plan is committed the run is
    /// calls-complete (scoring then makes it scored), and while calls of providers left out of <paramref name="plan"/>
    /// remain it stays resumable (interrupted). Cancellation stops cleanly: the run is marked interrupted. Providers the runner does not call
    /// (<see cref="AdapterCapabilities.CalledByRunner"/>: manual) have their answers imported (gaieval collect import).
    /// </summary>
    /// <param name="committed">Told each response once it is committed (to score it while the calls go on); it must not wait.</param>
    public async Task<RunOutcome> ExecuteAsync(
        RunInfo run,
        EvalPlan plan,
        IReadOnlyList<GoldItem> items,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default,
        Action<ResponseRecord>? committed = null)
    {
        IReadOnlySet<ResponseKey> stored = await store.ReadResponseKeysAsync(run.RunId, cancellationToken).ConfigureAwait(false);
        var work = plan.Providers
            .Where(p => AdapterCatalogue.Of(p.Adapter).CalledByRunner)
            .Select(p => (Profile: p, Pending: Pending(items, p.Id, plan.Repeats, stored)))
            .ToList();
        var tally = new ProgressTally(work.ToDictionary(w => w.Profile.Id, w => w.Pending.Count()), progress);

        await store.SetRunStatusAsync(run.RunId, RunStatus.Running, null, cancellationToken).ConfigureAwait(false);
        try
        {
            await Task.WhenAll(work.Select(w => RunProviderAsync(run.RunId, w.Profile, plan.Risk, w.Pending, tally, committed, cancellationToken)))
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await store.SetRunStatusAsync(run.RunId, RunStatus.Interrupted, null, CancellationToken.None).ConfigureAwait(false);
            return new RunOutcome(run.RunId, tally.Finished, tally.Failed, tally.Withheld, Interrupted: true);
        }

        // Calls are complete only when every call of the run's own plan is stored: a resumption that skipped an unusable
        // provider leaves the run resumable, not complete. Providers the run skipped at its start are recorded as skipped
        // (reported NOT MEASURED) and do not hold the run open; a resume checks them again.
        IReadOnlySet<ResponseKey> now = await store.ReadResponseKeysAsync(run.RunId, CancellationToken.None).ConfigureAwait(false);
        EvalPlan runPlan = PlanSnapshot.FromJson(run.PlanJson);
        bool complete = runPlan.Providers
            .Where(p => AdapterCatalogue.Of(p.Adapter).CalledByRunner && !runPlan.Skipped.ContainsKey(p.Id))
            .All(p => !Pending(items, p.Id, run.Repeats, now).Any());
        await store.SetRunStatusAsync(
            run.RunId, complete ? RunStatus.CallsComplete : RunStatus.Interrupted, complete ? time.GetUtcNow() : null, CancellationToken.None)
            .ConfigureAwait(false);
        return new RunOutcome(run.RunId, tally.Finished, tally.Failed, tally.Withheld, Interrupted: false);
    }

    private async Task RunProviderAsync(
        string runId,
        ProviderProfile profile,
        RiskSettings risk,
        IEnumerable<(GoldItem Item, int Repeat)> pending,
        ProgressTally tally,
        Action<ResponseRecord>? committed,
        CancellationToken cancellationToken)
    {
        var recorder = new CallRecorder(runId, profile, clients.Create(profile), time);
        var probeRecorder = new Lazy<CallRecorder>(() =>
        {
            ProviderProfile probing = profile with { SystemPrompt = risk.ProbeSystemPrompt(profile.SystemPrompt) };
            return new CallRecorder(runId, probing, (probeClients ?? clients).Create(probing), time);
        });
        // A stop starts no new call; the calls in flight get StopGrace to finish and be committed (an answer already paid
        // for is not thrown away and asked again on resume), then they are cancelled.
        using var inFlight = new CancellationTokenSource();
        using CancellationTokenRegistration grace = cancellationToken.Register(() => inFlight.CancelAfter(StopGrace));
        var options = new ParallelOptions { MaxDegreeOfParallelism = profile.Limits.Concurrency, CancellationToken = cancellationToken };
        using var commits = new CommitPipeline(profile.Limits.Concurrency);
        try
        {
            await Parallel.ForEachAsync(pending, options, async (call, _) =>
            {
                commits.ThrowIfFailed();
                CallRecorder caller = call.Item.IsProbe ? probeRecorder.Value : recorder;
                ResponseRecord record = await caller.CallAsync(call.Item, call.Repeat, inFlight.Token).ConfigureAwait(false);

                // A finished call is committed even when a stop was requested meanwhile: it is never made twice. The slot
                // makes its next call meanwhile; a call counts (and is scored) once it is committed.
                await commits.HandOverAsync(async () =>
                {
                    await store.AddResponseAsync(record, CancellationToken.None).ConfigureAwait(false);
                    tally.Add(record);
                    committed?.Invoke(record);
                }).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        finally
        {
            await commits.DrainAsync().ConfigureAwait(false);
        }
    }

    private static IEnumerable<(GoldItem Item, int Repeat)> Pending(
        IReadOnlyList<GoldItem> items, string providerId, int repeats, IReadOnlySet<ResponseKey> stored)
    {
        for (int repeat = 1; repeat <= repeats; repeat++)
        {
            foreach (GoldItem item in items)
            {
                if (!stored.Contains(new ResponseKey(item.Id, providerId, repeat)))
                {
                    yield return (item, repeat);
                }
            }
        }
    }
}
