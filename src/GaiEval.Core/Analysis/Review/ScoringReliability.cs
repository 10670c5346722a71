namespace GaiEval.Core.Analysis.Review;

/// <summary>
/// How far the run's automatic scoring can be trusted, built once by <see cref="ScoringReliabilityBuilder"/>: how each
/// automatic scorer agrees with the human grades, who made each provider's verdicts in the accuracy, and how often each
/// provider's answers state what the passages do not, and what each judge used. Plain data, so it serialises to JSON as it is.
/// </summary>
public sealed record ScoringReliability
{
    /// <summary>
    /// Agreement of each automatic scorer with the human grades: the rules first, then each judge score in
    /// <see cref="Scoring.MetricNames.JudgeScores"/> order; only scorers with at least one answer that also has a human grade.
    /// </summary>
    public required IReadOnlyList<ScorerAgreement> Agreements { get; init; }

    /// <summary>Per provider, in plan order: who decided the verdicts of its answers.</summary>
    public required IReadOnlyList<VerdictOrigins> Verdicts { get; init; }

    /// <summary>Per provider, in plan order: the share of its answers' claims that no passage supports.</summary>
    public required IReadOnlyList<UnsupportedClaims> UnsupportedClaims { get; init; }

    /// <summary>Per judge that was called: answers judged, calls, tokens, times and token cost (empty when no judge was called).</summary>
    public required IReadOnlyList<JudgeUsage> JudgeUsage { get; init; }

    /// <summary>Reviewers' grades of the run's answers.</summary>
    public required int HumanGrades { get; init; }

    /// <summary>Some scorer's kappa is below <see cref="ScorerAgreement.LowKappa"/>: the report warns against relying on it alone.</summary>
    public bool HasLowAgreement => Agreements.Any(a => a.LowAgreement);
}
