namespace GaiEval.Core.Review;

using GaiEval.Core.Results;
using GaiEval.Core.Scoring;

/// <summary>
/// What the rules and the judges said about one answer, read from its scores: the rules' <c>correct</c> (or the score where
/// the rules left it undecided), the judge correctness score that counts (rubric, else equivalence), and a judge metric the
/// judge could not decide. Undecided and inconclusive are read from the stored interpretation (rating Inconclusive), never
/// from a reason's wording.
/// </summary>
public sealed record AutomaticVerdicts(bool? RuleCorrect, ScoreRecord? JudgeScore, ScoreRecord? JudgeInconclusive, ScoreRecord? RuleUndecided = null)
{
    /// <summary>What the output checks found in the answer (their reasons, masked), in the checks' order; empty when nothing.</summary>
    public IReadOnlyList<string> RiskFindings { get; init; } = [];

    /// <summary>Every metric a judge writes.</summary>
    public static IReadOnlyList<string> JudgeMetrics { get; } =
        [.. MetricNames.JudgeScores, MetricNames.JudgeUnsupportedClaimRate, MetricNames.JudgeRubricMet];

    /// <summary>The judge's verdict on correctness: its score passes at <see cref="MetricNames.JudgePassingScore"/>.</summary>
    public bool? JudgeCorrect => JudgeScore?.Value is { } score ? score >= MetricNames.JudgePassingScore : null;

    public bool HasVerdict => RuleCorrect is not null || JudgeCorrect is not null;

    public bool Disagree => RuleCorrect is { } rule && JudgeCorrect is { } judge && rule != judge;

    public static AutomaticVerdicts From(IReadOnlyDictionary<string, ScoreRecord> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ScoreRecord? correct = scores.GetValueOrDefault(MetricNames.Correct);
        bool? rule = correct?.Value is { } value ? value > 0 : null;
        ScoreRecord? judged = MetricNames.JudgeCorrectness
            .Select(metric => scores.GetValueOrDefault(metric))
            .FirstOrDefault(score => score?.Value is not null);
        ScoreRecord? inconclusive = JudgeMetrics
            .Select(metric => scores.GetValueOrDefault(metric))
            .FirstOrDefault(score => score is { IsInconclusive: true });
        return new AutomaticVerdicts(rule, judged, inconclusive, correct is { IsInconclusive: true } ? correct : null)
        {
            RiskFindings = [.. MetricNames.RiskChecks
                .Select(metric => scores.GetValueOrDefault(metric))
                .Where(score => score is { Value: > 0 })
                .Select(score => score!.Reason ?? score.Metric)],
        };
    }

    /// <summary>The first reason a review is due, or null when the answer only qualifies for the calibration sample.</summary>
    public ReviewReason? Reason =>
        !HasVerdict ? (RuleUndecided is not null ? ReviewReason.RuleUndecided : ReviewReason.AwaitingReview)
        : JudgeInconclusive is not null ? ReviewReason.Inconclusive
        : Disagree ? ReviewReason.Disagreement
        : RiskFindings.Count > 0 ? ReviewReason.RiskFinding
        : null;
}
