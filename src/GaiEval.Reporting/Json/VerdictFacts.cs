namespace GaiEval.Reporting.Json;

using GaiEval.Core.Decision;

/// <summary>
/// One provider's overall verdict in analysis.json: whether it is a candidate (the others are for reference only) and, when
/// nothing of it was measured, why.
/// </summary>
public sealed record VerdictFacts(
    string ProviderId, bool Candidate, OverallOutcome Outcome, string Reason, string? NotMeasured, IReadOnlyList<CriterionFacts> Criteria);
