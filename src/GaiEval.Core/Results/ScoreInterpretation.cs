namespace GaiEval.Core.Results;

using Microsoft.Extensions.AI.Evaluation;

/// <summary>What an evaluator concluded about one metric: its EvaluationMetricInterpretation (rating, failed, reason).</summary>
public sealed record ScoreInterpretation(EvaluationRating Rating, bool Failed, string? Reason)
{
    /// <summary>The evaluator could not decide (a rule left undecided, a judge whose reply was unusable).</summary>
    public bool IsInconclusive => Rating == EvaluationRating.Inconclusive;

    public static ScoreInterpretation? From(EvaluationMetricInterpretation? interpretation) =>
        interpretation is null ? null : new(interpretation.Rating, interpretation.Failed, interpretation.Reason);
}
