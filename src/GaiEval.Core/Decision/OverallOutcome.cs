namespace GaiEval.Core.Decision;

/// <summary>The verdict on one provider from its required criteria.</summary>
public enum OverallOutcome
{
    /// <summary>Every required criterion passes.</summary>
    Go,

    /// <summary>At least one required criterion fails.</summary>
    NoGo,

    /// <summary>要追加検証: none fails, but at least one is inconclusive or not measured (or none is required).</summary>
    NeedsMoreEvidence,
}
