namespace GaiEval.Scoring.Lexical;

using System.Diagnostics;
using GaiEval.Core.Model;
using GaiEval.Core.Scoring;
using GaiEval.Core.Text;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>ROUGE-L F-measure (β = 1) on characters of the response and the item's reference, both normalised by <see cref="JapaneseTextNormalizer"/>.</summary>
public sealed class RougeLEvaluator() : GoldItemEvaluator<NumericMetric>(RougeLMetricName)
{
    public override string Name => EvaluatorNames.RougeL;

    public const string Normalization = LexicalMetadata.JapaneseNormalization;

    public static string RougeLMetricName => MetricNames.RougeL;

    protected override NumericMetric CreateMetric(string name) => new(name);

    protected override void Score(NumericMetric metric, GoldItem item, string response)
    {
        if (string.IsNullOrWhiteSpace(item.Reference))
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Informational("参照解答（reference）がありません。ROUGE-L は計算しません。"));
            return;
        }

        long started = Stopwatch.GetTimestamp();
        double score = RougeL.Score(JapaneseTextNormalizer.Normalize(response), JapaneseTextNormalizer.Normalize(item.Reference));

        metric.Value = score;
        metric.Reason = $"ROUGE-L（文字）{score:0.000}";
        metric.Interpretation = Interpretations.Similarity(score);
        metric.AddOrUpdateMetadata(LexicalMetadata.TokenizationKey, LexicalMetadata.CharacterTokens);
        metric.AddOrUpdateMetadata(LexicalMetadata.NormalizationKey, Normalization);
        metric.AddOrUpdateDurationMetadata(Stopwatch.GetElapsedTime(started));
    }
}
