namespace GaiEval.Core.Scoring;

using GaiEval.Core.Results;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>Flattens an evaluator's result into stored score rows, one per metric.</summary>
internal static class ScoreRecords
{
    public static IEnumerable<ScoreRecord> From(ResponseRecord response, string evaluator, EvaluationResult result) =>
        result.Metrics.Values.Select(metric => new ScoreRecord
        {
            RunId = response.RunId,
            ItemId = response.ItemId,
            ProviderId = response.ProviderId,
            Repeat = response.Repeat,
            Evaluator = evaluator,
            Metric = metric.Name,
            Value = metric switch
            {
                NumericMetric n => n.Value,
                BooleanMetric { Value: { } b } => b ? 1 : 0,
                _ => null,
            },
            Label = (metric as StringMetric)?.Value,
            Reason = ReasonOf(metric),
            Metadata = metric.Metadata is { Count: > 0 } metadata ? new Dictionary<string, string>(metadata, StringComparer.Ordinal) : null,
            Interpretation = ScoreInterpretation.From(metric.Interpretation),
            Diagnostics = metric.Diagnostics is { Count: > 0 } diagnostics ? [.. diagnostics.Select(ScoreDiagnostic.From)] : null,
        });

    private static string? ReasonOf(EvaluationMetric metric)
    {
        if (!string.IsNullOrWhiteSpace(metric.Reason))
        {
            return metric.Reason;
        }

        if (!string.IsNullOrWhiteSpace(metric.Interpretation?.Reason))
        {
            return metric.Interpretation.Reason;
        }

        return metric.Diagnostics is { Count: > 0 } diagnostics
            ? string.Join(" / ", diagnostics.Select(d => d.Message))
            : null;
    }
}
