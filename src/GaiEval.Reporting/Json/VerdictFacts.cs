namespace GaiEval.Reporting.Json;

using GaiEval.Core.Decision;

/// <summary>One provider's overall verdict in analysis.json.</summary>
public sealed record VerdictFacts(string ProviderId, OverallOutcome Outcome, string Reason, IReadOnlyList<CriterionFacts> Criteria);
