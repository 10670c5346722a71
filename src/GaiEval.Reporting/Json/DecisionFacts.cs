namespace GaiEval.Reporting.Json;

using GaiEval.Core.Decision;
using GaiEval.Core.Plans;

/// <summary>The gate decision in analysis.json: criteria, their hashes, warnings and each provider's verdicts.</summary>
public sealed record DecisionFacts(
    IReadOnlyList<Criterion> Criteria,
    string CriteriaHash,
    string FixedCriteriaHash,
    bool CriteriaChanged,
    IReadOnlyList<string> Warnings,
    OverallOutcome? CandidatesOutcome,
    IReadOnlyList<VerdictFacts> Providers)
{
    public static DecisionFacts Of(GateDecision decision) =>
        new(
            decision.Criteria,
            decision.CriteriaHash,
            decision.FixedCriteriaHash,
            decision.CriteriaChanged,
            decision.Warnings,
            decision.CandidatesOutcome,
            [.. decision.Providers.Select(v => new VerdictFacts(
                v.Provider.Id, v.Provider.Candidate, v.Outcome, v.Reason, v.NotMeasured, [.. v.Criteria.Select(CriterionFacts.Of)]))]);
}
