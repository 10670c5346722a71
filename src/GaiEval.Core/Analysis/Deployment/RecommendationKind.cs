namespace GaiEval.Core.Analysis.Deployment;

/// <summary>What the recommendation rule could say for a data class.</summary>
public enum RecommendationKind
{
    /// <summary>One candidate is recommended.</summary>
    Recommended,

    /// <summary>No candidate may receive the class's sensitivity.</summary>
    NoCandidateMayHandle,

    /// <summary>Candidates may handle it, but none had an answer of the class scored.</summary>
    NotMeasured,

    /// <summary>Every candidate that may handle it is wholly below the plan's accuracy criterion.</summary>
    NoneMeetsCriterion,

    /// <summary>Several are comparable in quality and a cost is unknown: a person decides.</summary>
    Undecided,
}
