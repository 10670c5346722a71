namespace GaiEval.Scoring.Rules;

using GaiEval.Core.Scoring;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>Share of the item's must_include groups that the response matches (a group is matched by any one alternative).</summary>
public sealed class MustIncludeEvaluator : IEvaluator
{
    public static string CoverageMetricName => MetricNames.MustIncludeCoverage;

    public IReadOnlyCollection<string> EvaluationMetricNames { get; } = [CoverageMetricName];

    public ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        var metric = new NumericMetric(CoverageMetricName);
        var result = new EvaluationResult(metric);
        if (!EvaluatorInputs.TryRead(modelResponse, additionalContext, [metric], out var item, out string response))
        {
            return new(result);
        }

        if (item.MustInclude.Count == 0)
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Informational("must_include がありません。網羅率は計算しません。"));
            return new(result);
        }

        RuleMatch match = RuleMatcher.Match(item, response);
        double coverage = match.Coverage!.Value;
        metric.Value = coverage;
        metric.Reason = match.DescribeMissing() ?? $"すべての必須語群を充足（{match.GroupCount}/{match.GroupCount}）";
        metric.Interpretation = Interpretations.Coverage(coverage);
        return new(result);
    }
}
