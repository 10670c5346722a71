namespace GaiEval.Scoring.Judges;

/// <summary>A judge's parsed reply: a score from 1 to 5, a verdict per criterion and a short reason.</summary>
public sealed record JudgeVerdict(int Score, IReadOnlyList<JudgeCriterion> Criteria, string Reason);

/// <summary>
/// One criterion (a rubric point, a claim of the answer, or an aspect the judge chose) and whether the answer meets it.
/// A claim also carries its <see cref="ClaimLabel"/>; <see cref="Met"/> is then true exactly for a supported claim.
/// </summary>
public sealed record JudgeCriterion(string Point, bool Met, ClaimLabel? Label = null);
