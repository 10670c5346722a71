namespace GaiEval.Scoring.Rules;

using GaiEval.Core.Scoring;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>Counts the item's must_not_include strings (hallucination traps, wrong facts) found in the response.</summary>
public sealed class MustNotIncludeEvaluator : IEvaluator
{
    public static string HitsMetricName => MetricNames.MustNotIncludeHits;

    public IReadOnlyCollection<string> EvaluationMetricNames { get; } = [HitsMetricName];

    public ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        var metric = new NumericMetric(HitsMetricName);
        var result = new EvaluationResult(metric);
        if (!EvaluatorInputs.TryRead(modelResponse, additionalContext, [metric], out var item, out string response))
        {
            return new(result);
        }

        if (item.MustNotInclude.Count == 0)
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Informational("must_not_include がありません。禁止語は数えません。"));
            return new(result);
        }

        RuleMatch match = RuleMatcher.Match(item, response);
        metric.Value = match.ForbiddenHits.Count;
        metric.Reason = match.DescribeForbidden() ?? "禁止語なし";
        metric.Interpretation = Interpretations.Pass(match.ForbiddenHits.Count == 0);
        return new(result);
    }
}
