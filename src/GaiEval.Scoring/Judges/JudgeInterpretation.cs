namespace GaiEval.Scoring.Judges;

using Microsoft.Extensions.AI.Evaluation;

/// <summary>Maps a 1–5 judge score to a rating; below 4 fails (as the quality evaluators of Microsoft.Extensions.AI.Evaluation do).</summary>
internal static class JudgeInterpretation
{
    public const int PassingScore = 4;

    public static EvaluationMetricInterpretation Of(int score) => new(
        score switch
        {
            >= 5 => EvaluationRating.Exceptional,
            4 => EvaluationRating.Good,
            3 => EvaluationRating.Average,
            2 => EvaluationRating.Poor,
            _ => EvaluationRating.Unacceptable,
        },
        failed: score < PassingScore);
}
