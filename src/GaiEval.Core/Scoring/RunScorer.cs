namespace GaiEval.Core.Scoring;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Running;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>
/// Scores the stored answers of a run and replaces the scores of the evaluators it ran (other evaluators' scores stay, so
/// a later scoring without a judge keeps the judge's). Only the judge, when given one, is called; items above the judge's
/// clearance are not sent to it.
/// </summary>
/// <param name="passages">The retrieved passages of a response (for groundedness), or null when there are none to look up.</param>
/// <param name="passageSensitivity">
/// The highest sensitivity among the passages a response was given; the judge receives a response only when its clearance
/// admits both the item and these passages (the answer may quote them). Null: responses carry no passages.
/// </param>
public sealed class RunScorer(
    IResultStore store,
    IReadOnlyList<IEvaluator> evaluators,
    ScoringJudge? judge = null,
    Func<ResponseRecord, IReadOnlyList<string>>? passages = null,
    Func<ResponseRecord, Sensitivity>? passageSensitivity = null)
{
    /// <summary>Answers scored between two commits of their scores: memory stays the same whatever the run's size.</summary>
    public const int BatchSize = 256;

    /// <summary>
    /// Returns the number of responses scored; <paramref name="progress"/> hears of each scored response. The answers are
    /// read as a stream and scored in batches of <see cref="BatchSize"/>, each batch's scores committed before the next is
    /// read; the first commit clears the evaluators' earlier scores of the run. A run whose scoring stops half way stays
    /// unscored (its status is set by the caller after this returns) and is scored again from the start.
    /// </summary>
    /// <param name="scoredDuringCalls">
    /// The answers <see cref="LiveScoring"/> scored while the calls ran (it cleared the earlier scores first): they are left
    /// as they are and only the rest is scored. Null: every answer is scored.
    /// </param>
    public async Task<int> ScoreAsync(
        string runId,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default,
        IReadOnlySet<ResponseKey>? scoredDuringCalls = null)
    {
        Dictionary<string, GoldItem> items = await ItemsAsync(runId, cancellationToken).ConfigureAwait(false);
        int total = await store.CountResponsesAsync(runId, ResponseStatus.Ok, cancellationToken).ConfigureAwait(false);
        IReadOnlySet<ResponseKey> skipped = scoredDuringCalls ?? new HashSet<ResponseKey>();
        var tally = new ScoringTally(judge?.ProviderId ?? "採点", total, progress, earlier: skipped.Count);
        bool cleared = scoredDuringCalls is not null;
        var batch = new List<ResponseRecord>(BatchSize);
        await foreach (ResponseRecord response in store.ReadResponsesAsync(runId, cancellationToken).ConfigureAwait(false))
        {
            if (response.Status == ResponseStatus.Ok && items.ContainsKey(response.ItemId) && !skipped.Contains(response.Key))
            {
                batch.Add(response);
            }

            if (batch.Count == BatchSize)
            {
                await ScoreBatchAsync(runId, batch, items, cleared, tally, cancellationToken).ConfigureAwait(false);
                cleared = true;
                batch.Clear();
            }
        }

        if (batch.Count > 0 || !cleared)
        {
            await ScoreBatchAsync(runId, batch, items, cleared, tally, cancellationToken).ConfigureAwait(false);
        }

        return tally.Scored;
    }

    /// <summary>The run's items by id: what each answer is scored against.</summary>
    internal async Task<Dictionary<string, GoldItem>> ItemsAsync(string runId, CancellationToken cancellationToken) =>
        (await store.ReadItemsAsync(runId, cancellationToken).ConfigureAwait(false)).ToDictionary(i => i.Id, StringComparer.Ordinal);

    /// <summary>Clears the evaluators' earlier scores of the run, before answers are scored a few at a time.</summary>
    internal Task ClearAsync(string runId, CancellationToken cancellationToken) =>
        store.ReplaceScoresAsync(runId, EvaluatorNames(), [], cancellationToken);

    /// <summary>Scores the answers of <paramref name="batch"/> on every core (or as many at once as the judge allows) and commits their scores together.</summary>
    internal async Task ScoreBatchAsync(
        string runId,
        List<ResponseRecord> batch,
        Dictionary<string, GoldItem> items,
        bool cleared,
        ScoringTally tally,
        CancellationToken cancellationToken)
    {
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = judge is null ? Environment.ProcessorCount : Math.Max(1, judge.Concurrency),
            CancellationToken = cancellationToken,
        };
        var scores = new IReadOnlyList<ScoreRecord>[batch.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, batch.Count),
            options,
            async (index, ct) =>
            {
                scores[index] = await ScoreResponseAsync(batch[index], items[batch[index].ItemId], ct).ConfigureAwait(false);
                tally.Add();
            }).ConfigureAwait(false);

        ScoreRecord[] ordered = [.. scores.SelectMany(s => s)];
        if (cleared)
        {
            await store.AddScoresAsync(runId, EvaluatorNames(), ordered, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await store.ReplaceScoresAsync(runId, EvaluatorNames(), ordered, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Whether scoring calls a judge (then answers are not scored while the calls run).</summary>
    internal bool CallsJudge => judge is not null;

    private string[] EvaluatorNames() => [.. evaluators.Concat(judge?.Evaluators ?? []).Select(NameOf).Distinct(StringComparer.Ordinal)];

    private async Task<IReadOnlyList<ScoreRecord>> ScoreResponseAsync(ResponseRecord response, GoldItem item, CancellationToken cancellationToken)
    {
        IReadOnlyList<ChatMessage> messages = ItemPrompt.Build(item, systemPrompt: null);
        var answer = new ChatResponse(new ChatMessage(ChatRole.Assistant, response.Text ?? string.Empty));
        IReadOnlyList<string> retrieved = passages?.Invoke(response) ?? [];
        EvaluationContext[] context = retrieved.Count > 0
            ? [new GoldItemContext(item), new GroundingSourcesContext(retrieved)]
            : [new GoldItemContext(item)];
        var scores = new List<ScoreRecord>();
        foreach (IEvaluator evaluator in evaluators)
        {
            EvaluationResult result = await EvaluateSafelyAsync(evaluator, messages, answer, null, context, cancellationToken).ConfigureAwait(false);
            scores.AddRange(ScoreRecords.From(response, NameOf(evaluator), result));
        }

        if (judge is not null)
        {
            Sensitivity sent = (Sensitivity)Math.Max((int)item.Sensitivity, (int)(passageSensitivity?.Invoke(response) ?? Sensitivity.Public));
            foreach (IEvaluator evaluator in judge.Evaluators)
            {
                EvaluationResult result = !ClearancePolicy.MayReceive(judge.Clearance, sent)
                    ? Unscored(evaluator, EvaluationDiagnostic.Informational(ScoringJudge.AboveClearanceMessage(judge.ProviderId, sent)))
                    : await EvaluateSafelyAsync(evaluator, messages, answer, judge.Configuration, context, cancellationToken).ConfigureAwait(false);
                foreach (EvaluationMetric metric in result.Metrics.Values)
                {
                    metric.AddOrUpdateMetadata(ScoringJudge.ProviderKey, judge.ProviderId);
                }

                scores.AddRange(ScoreRecords.From(response, NameOf(evaluator), result));
            }
        }

        return scores;
    }

    /// <summary>An evaluator that throws yields its metrics without values and the error as their reason; scoring goes on.</summary>
    private static async ValueTask<EvaluationResult> EvaluateSafelyAsync(
        IEvaluator evaluator,
        IReadOnlyList<ChatMessage> messages,
        ChatResponse answer,
        ChatConfiguration? configuration,
        EvaluationContext[] context,
        CancellationToken cancellationToken)
    {
        try
        {
            return await evaluator.EvaluateAsync(messages, answer, configuration, context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Unscored(evaluator, EvaluationDiagnostic.Error($"評価エラー: {e.GetType().Name}: {e.Message}"));
        }
    }

    private static EvaluationResult Unscored(IEvaluator evaluator, EvaluationDiagnostic diagnostic) =>
        new(evaluator.EvaluationMetricNames.Select(name =>
        {
            var metric = new NumericMetric(name);
            metric.AddDiagnostics(diagnostic);
            return (EvaluationMetric)metric;
        }));

    /// <summary>The stable name scores are stored under; an evaluator without one cannot be stored, so it is refused.</summary>
    private static string NameOf(IEvaluator evaluator) =>
        evaluator is INamedEvaluator { Name: { Length: > 0 } name }
            ? name
            : throw new ArgumentException(
                $"Evaluator {evaluator.GetType().Name} has no stable name: implement {nameof(INamedEvaluator)} so its scores can be stored and read back.",
                nameof(evaluator));
}
