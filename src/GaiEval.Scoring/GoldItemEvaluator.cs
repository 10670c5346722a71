namespace GaiEval.Scoring;

using GaiEval.Core.Model;
using GaiEval.Core.Scoring;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>
/// The skeleton of an evaluator with one metric that compares a response with its gold item. Missing inputs become
/// Error diagnostics on the metric, never exceptions (as in Microsoft.Extensions.AI.Evaluation's F1Evaluator).
/// </summary>
public abstract class GoldItemEvaluator<TMetric> : INamedEvaluator
    where TMetric : EvaluationMetric
{
    protected GoldItemEvaluator(string metricName)
    {
        EvaluationMetricNames = [metricName];
    }

    /// <summary>The stable name scores are stored under (<see cref="EvaluatorNames"/>).</summary>
    public abstract string Name { get; }

    public IReadOnlyCollection<string> EvaluationMetricNames { get; }

    public ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        TMetric metric = CreateMetric(EvaluationMetricNames.First());
        var result = new EvaluationResult(metric);
        GoldItem? item = EvaluatorInputs.FindGoldItem(additionalContext);
        string response = modelResponse?.Text ?? string.Empty;
        if (item is null)
        {
            EvaluatorInputs.AddError([metric], EvaluatorInputs.MissingGoldItem);
        }
        else if (string.IsNullOrWhiteSpace(response))
        {
            ScoreEmptyResponse(metric, item);
        }
        else
        {
            Score(metric, item, response);
        }

        return new(result);
    }

    protected abstract TMetric CreateMetric(string name);

    protected abstract void Score(TMetric metric, GoldItem item, string response);

    /// <summary>By default an empty response cannot be scored.</summary>
    protected virtual void ScoreEmptyResponse(TMetric metric, GoldItem item) =>
        EvaluatorInputs.AddError([metric], EvaluatorInputs.EmptyResponse);
}
