namespace GaiEval.Core.Decision;

/// <summary>The verdict on one criterion for one provider (DESIGN.md "Verdict").</summary>
public enum CriterionOutcome
{
    /// <summary>The whole 95% interval is on the good side of the threshold.</summary>
    Pass,

    /// <summary>The whole 95% interval is on the bad side of the threshold.</summary>
    Fail,

    /// <summary>The interval reaches both sides: more items are needed to settle it.</summary>
    Inconclusive,

    /// <summary>The metric could not be measured for this provider, or nothing was there to measure.</summary>
    NotMeasured,
}
