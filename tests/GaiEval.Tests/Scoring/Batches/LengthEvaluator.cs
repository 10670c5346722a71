namespace GaiEval.Tests.Scoring.Batches;

using GaiEval.Core.Scoring;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>Scores an answer by its length, waiting <paramref name="delay"/> first: a scorer whose result is known for every answer.</summary>
internal sealed class LengthEvaluator(TimeSpan delay = default) : INamedEvaluator
{
    public const string EvaluatorName = "Length";
    public const string Metric = "length";

    public string Name => EvaluatorName;

    public IReadOnlyCollection<string> EvaluationMetricNames => [Metric];

    public async ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, cancellationToken);
        }

        return new EvaluationResult(new NumericMetric(Metric, modelResponse.Text.Length));
    }
}
