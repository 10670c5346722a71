namespace GaiEval.Scoring.Lexical;

using System.Diagnostics;
using GaiEval.Core.Scoring;
using GaiEval.Core.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>ROUGE-L F-measure (β = 1) on characters of the response and the item's reference, both normalised by <see cref="JapaneseTextNormalizer"/>.</summary>
public sealed class RougeLEvaluator : IEvaluator
{
    public const string Normalization = LexicalMetadata.JapaneseNormalization;

    public static string RougeLMetricName => MetricNames.RougeL;

    public IReadOnlyCollection<string> EvaluationMetricNames { get; } = [RougeLMetricName];

    public ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        var metric = new NumericMetric(RougeLMetricName);
        var result = new EvaluationResult(metric);
        if (!EvaluatorInputs.TryRead(modelResponse, additionalContext, [metric], out var item, out string response))
        {
            return new(result);
        }

        if (string.IsNullOrWhiteSpace(item.Reference))
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Informational("参照解答（reference）がありません。ROUGE-L は計算しません。"));
            return new(result);
        }

        long started = Stopwatch.GetTimestamp();
        double score = RougeL.Score(JapaneseTextNormalizer.Normalize(response), JapaneseTextNormalizer.Normalize(item.Reference));

        metric.Value = score;
        metric.Reason = $"ROUGE-L（文字）{score:0.000}";
        metric.Interpretation = Interpretations.Similarity(score);
        metric.AddOrUpdateMetadata(LexicalMetadata.TokenizationKey, LexicalMetadata.CharacterTokens);
        metric.AddOrUpdateMetadata(LexicalMetadata.NormalizationKey, Normalization);
        metric.AddOrUpdateDurationMetadata(Stopwatch.GetElapsedTime(started));
        return new(result);
    }
}
