namespace GaiEval.Core.Scoring;

using GaiEval.Core.Model;
using GaiEval.Core.Results;
using GaiEval.Core.Running;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>Scores the stored answers of a run with a set of evaluators and replaces the run's scores. No provider is called.</summary>
public sealed class RunScorer(IResultStore store, IReadOnlyList<IEvaluator> evaluators)
{
    /// <summary>Returns the number of responses scored.</summary>
    public async Task<int> ScoreAsync(string runId, CancellationToken cancellationToken = default)
    {
        Dictionary<string, GoldItem> items = (await store.ReadItemsAsync(runId, cancellationToken).ConfigureAwait(false))
            .ToDictionary(i => i.Id, StringComparer.Ordinal);
        var scores = new List<ScoreRecord>();
        int scored = 0;
        await foreach (ResponseRecord response in store.ReadResponsesAsync(runId, cancellationToken).ConfigureAwait(false))
        {
            if (response.Status != ResponseStatus.Ok || !items.TryGetValue(response.ItemId, out GoldItem? item))
            {
                continue;
            }

            IReadOnlyList<ChatMessage> messages = ItemPrompt.Build(item, systemPrompt: null);
            var answer = new ChatResponse(new ChatMessage(ChatRole.Assistant, response.Text ?? string.Empty));
            EvaluationContext[] context = [new GoldItemContext(item)];
            foreach (IEvaluator evaluator in evaluators)
            {
                EvaluationResult result = await EvaluateSafelyAsync(evaluator, messages, answer, context, cancellationToken)
                    .ConfigureAwait(false);
                scores.AddRange(ScoreRecords.From(response, NameOf(evaluator), result));
            }

            scored++;
        }

        await store.ReplaceScoresAsync(runId, scores, cancellationToken).ConfigureAwait(false);
        return scored;
    }

    /// <summary>An evaluator that throws yields its metrics without values and the error as their reason; scoring goes on.</summary>
    private static async ValueTask<EvaluationResult> EvaluateSafelyAsync(
        IEvaluator evaluator, IReadOnlyList<ChatMessage> messages, ChatResponse answer, EvaluationContext[] context, CancellationToken cancellationToken)
    {
        try
        {
            return await evaluator.EvaluateAsync(messages, answer, chatConfiguration: null, context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var diagnostic = EvaluationDiagnostic.Error($"評価エラー: {e.GetType().Name}: {e.Message}");
            return new EvaluationResult(evaluator.EvaluationMetricNames.Select(name =>
            {
                var metric = new NumericMetric(name);
                metric.AddDiagnostics(diagnostic);
                return (EvaluationMetric)metric;
            }));
        }
    }

    private static string NameOf(IEvaluator evaluator)
    {
        string name = evaluator.GetType().Name;
        return name.EndsWith("Evaluator", StringComparison.Ordinal) ? name[..^"Evaluator".Length] : name;
    }
}
