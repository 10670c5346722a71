namespace GaiEval.Scoring.Lexical;

using System.Diagnostics;
using GaiEval.Core.Model;
using GaiEval.Core.Scoring;
using GaiEval.Core.Text;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>
/// JSQuAD character-level F1 (<see cref="CharacterF1"/>) of the response against the item's reference, after
/// <see cref="JapaneseTextNormalizer"/> on both sides; the JGLUE exact match goes into the metadata.
/// </summary>
public sealed class CharF1Evaluator() : GoldItemEvaluator<NumericMetric>(CharF1MetricName)
{
    public override string Name => EvaluatorNames.CharF1;

    public const string Normalization = LexicalMetadata.JapaneseNormalization + "+" + CharacterF1.NormalizationName;

    public static string CharF1MetricName => MetricNames.CharF1;

    protected override NumericMetric CreateMetric(string name) => new(name);

    protected override void Score(NumericMetric metric, GoldItem item, string response)
    {
        if (string.IsNullOrWhiteSpace(item.Reference))
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Informational("参照解答（reference）がありません。文字F1は計算しません。"));
            return;
        }

        long started = Stopwatch.GetTimestamp();
        string prediction = JapaneseTextNormalizer.Normalize(response);
        string[] golds = [JapaneseTextNormalizer.Normalize(item.Reference)];
        double score = CharacterF1.MaxScore(prediction, golds);
        bool exact = CharacterF1.MaxExactMatch(prediction, golds);

        metric.Value = score;
        metric.Reason = $"文字F1 {score:0.000}（完全一致: {(exact ? "はい" : "いいえ")}）";
        metric.Interpretation = Interpretations.Similarity(score);
        metric.AddOrUpdateMetadata(LexicalMetadata.TokenizationKey, LexicalMetadata.CharacterTokens);
        metric.AddOrUpdateMetadata(LexicalMetadata.NormalizationKey, Normalization);
        metric.AddOrUpdateMetadata(LexicalMetadata.ExactMatchKey, exact ? "true" : "false");
        metric.AddOrUpdateDurationMetadata(Stopwatch.GetElapsedTime(started));
    }
}
