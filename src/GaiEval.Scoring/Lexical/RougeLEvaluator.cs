namespace GaiEval.Scoring.Lexical;

using System.Diagnostics;
using System.Globalization;
using GaiEval.Core.Model;
using GaiEval.Core.Scoring;
using GaiEval.Core.Text;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>ROUGE-L F-measure (β = 1) on characters of the response and the item's reference, both normalised by <see cref="JapaneseTextNormalizer"/>.</summary>
/// <remarks>
/// The whole response is compared (the computation is bit-parallel), up to the table's cap of <see cref="RougeL.TableBudget"/>
/// cells; beyond it the score is a lower bound and a Warning diagnostic says how much of the response was compared.
/// </remarks>
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
        RougeLMeasure measure = RougeL.Measure(JapaneseTextNormalizer.Normalize(response), JapaneseTextNormalizer.Normalize(item.Reference));
        double score = measure.Value;
        if (measure.Capped)
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Warning(CappedMessage(measure)));
        }

        metric.Value = score;
        metric.Reason = $"ROUGE-L（文字）{score:0.000}";
        metric.Interpretation = Interpretations.Similarity(score);
        metric.AddOrUpdateMetadata(LexicalMetadata.TokenizationKey, LexicalMetadata.CharacterTokens);
        metric.AddOrUpdateMetadata(LexicalMetadata.NormalizationKey, Normalization);
        metric.AddOrUpdateDurationMetadata(Stopwatch.GetElapsedTime(started));
    }

    /// <summary>The Japanese warning of a capped comparison.</summary>
    public static string CappedMessage(RougeLMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"ROUGE-L の表が上限 {RougeL.TableBudget:N0} セル（応答 {measure.CandidateLength:N0} 文字 × 参照 {measure.ReferenceLength:N0} 文字）を超えるため、応答の先頭 {measure.ComparedLength:N0} 文字だけを参照と比べました。値は全文で求める値の下限です。");
    }
}
