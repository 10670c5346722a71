namespace GaiEval.Scoring;

using Microsoft.Extensions.AI.Evaluation;

/// <summary>Maps scores to ratings the same way for every evaluator.</summary>
internal static class Interpretations
{
    /// <summary>A 0..1 similarity: five equal bands, failed below 0.5 (as the NLP evaluators of Microsoft.Extensions.AI.Evaluation do).</summary>
    public static EvaluationMetricInterpretation Similarity(double score) =>
        new(Band(score), failed: score < 0.5);

    /// <summary>A 0..1 rule coverage: anything short of 1 fails.</summary>
    public static EvaluationMetricInterpretation Coverage(double coverage) =>
        new(coverage >= 1 ? EvaluationRating.Exceptional : Band(coverage), failed: coverage < 1);

    /// <summary>Undecided: no value, and failed, so a reader that looks only at Failed never takes it for a pass.</summary>
    public static EvaluationMetricInterpretation Inconclusive(string reason) =>
        new(EvaluationRating.Inconclusive, failed: true, reason);

    public static EvaluationMetricInterpretation Pass(bool passed) =>
        new(passed ? EvaluationRating.Good : EvaluationRating.Unacceptable, failed: !passed);

    private static EvaluationRating Band(double score) => score switch
    {
        >= 0.8 => EvaluationRating.Exceptional,
        >= 0.6 => EvaluationRating.Good,
        >= 0.4 => EvaluationRating.Average,
        >= 0.2 => EvaluationRating.Poor,
        _ => EvaluationRating.Unacceptable,
    };
}
