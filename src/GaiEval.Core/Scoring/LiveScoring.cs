namespace GaiEval.Core.Scoring;

using System.Threading.Channels;
using GaiEval.Core.Model;
using GaiEval.Core.Results;

/// <summary>
/// Scores answers while the calls run, as each is committed, so that scoring mostly ends with the calls instead of after
/// them. It first clears the evaluators' earlier scores of the run; what it has not scored when the calls end (answers stored
/// before a resume, or offered while its queue was full) is scored afterwards by <see cref="RunScorer.ScoreAsync"/> given
/// <see cref="CompleteAsync"/>'s keys. The run is marked scored only after that, so a stop leaves it to be scored again.
/// </summary>
public sealed class LiveScoring : IAsyncDisposable
{
    /// <summary>Answers waiting at most: an answer offered beyond it is not held in memory but scored after the calls.</summary>
    public const int QueueCapacity = 1024;

    private static readonly TimeSpan GatherTime = TimeSpan.FromMilliseconds(200);

    private readonly RunScorer scorer;
    private readonly string runId;
    private readonly Dictionary<string, GoldItem> items;
    private readonly Channel<ResponseRecord> queue =
        Channel.CreateBounded<ResponseRecord>(new BoundedChannelOptions(QueueCapacity) { SingleReader = true });
    private readonly HashSet<ResponseKey> scored = [];
    private readonly CancellationTokenSource stop = new();

    // Set when the calls end: the last batch is scored at once, not after the gathering wait (the queue's own completion
    // comes only once it is read empty, so it cannot cut that wait short).
    private readonly TaskCompletionSource callsEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task worker;

    private LiveScoring(RunScorer scorer, string runId, Dictionary<string, GoldItem> items)
    {
        this.scorer = scorer;
        this.runId = runId;
        this.items = items;
        worker = Task.Run(WorkAsync);
    }

    /// <summary>Clears the evaluators' earlier scores of the run and starts scoring what is offered.</summary>
    /// <param name="items">The run's items the answers are scored against: the ones the calls hold, not a second copy.</param>
    public static async Task<LiveScoring> StartAsync(RunScorer scorer, string runId, IReadOnlyList<GoldItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(items);
        if (scorer.CallsJudge)
        {
            throw new ArgumentException("A scorer with a judge scores after the calls, not during them.", nameof(scorer));
        }

        await scorer.ClearAsync(runId, cancellationToken).ConfigureAwait(false);
        return new LiveScoring(scorer, runId, items.ToDictionary(i => i.Id, StringComparer.Ordinal));
    }

    /// <summary>Takes a committed answer to score; never waits (a full queue leaves the answer to be scored after the calls).</summary>
    public void Offer(ResponseRecord response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Status == ResponseStatus.Ok && items.ContainsKey(response.ItemId))
        {
            queue.Writer.TryWrite(response);
        }
    }

    /// <summary>
    /// Scores what is still queued and returns the answers whose scores are committed. A failure to commit is not the run's:
    /// the answers it left are scored after the calls like any other.
    /// </summary>
    public async Task<IReadOnlySet<ResponseKey>> CompleteAsync()
    {
        queue.Writer.TryComplete();
        callsEnded.TrySetResult();
        try
        {
            await worker.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The batch that failed was not committed, so it is not among the scored.
        }

        return scored;
    }

    /// <summary>Stops scoring (what is committed stays; the run is not scored until the rest is).</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        callsEnded.TrySetResult();
        await stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await worker.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped half way: nothing of the batch in hand was committed.
        }

        stop.Dispose();
    }

    private async Task WorkAsync()
    {
        ChannelReader<ResponseRecord> reader = queue.Reader;
        var tally = new ScoringTally("採点", 0, progress: null);
        var batch = new List<ResponseRecord>(RunScorer.BatchSize);
        while (await reader.WaitToReadAsync(stop.Token).ConfigureAwait(false))
        {
            // Answers arrive one by one: a short wait gathers a batch, so that each commit carries many answers' scores.
            await Task.WhenAny(Task.Delay(GatherTime, stop.Token), callsEnded.Task).ConfigureAwait(false);
            while (batch.Count < RunScorer.BatchSize && reader.TryRead(out ResponseRecord? response))
            {
                batch.Add(response);
            }

            await scorer.ScoreBatchAsync(runId, batch, items, cleared: true, tally, stop.Token).ConfigureAwait(false);
            scored.UnionWith(batch.Select(r => r.Key));
            batch.Clear();
        }
    }
}
