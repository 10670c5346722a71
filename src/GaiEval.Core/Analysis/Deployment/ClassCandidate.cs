namespace GaiEval.Core.Analysis.Deployment;

/// <summary>One candidate's figures for one data class, and where the recommendation rule left it.</summary>
public sealed record ClassCandidate
{
    public required string ProviderId { get; init; }

    public required string Name { get; init; }

    /// <summary>Whether the clearance policy lets it receive the class's sensitivity (rule step 1).</summary>
    public required bool MayHandle { get; init; }

    /// <summary>Accuracy on the class's items (n = 0 when it may not handle them or none was scored).</summary>
    public required Estimate Accuracy { get; init; }

    /// <summary>Not shown worse than the best: its interval reaches the best one's (rule step 2).</summary>
    public required bool QualityComparable { get; init; }

    /// <summary>Its interval lies wholly below the plan's accuracy criterion (rule step 2).</summary>
    public required bool BelowCriterion { get; init; }

    /// <summary>A required criterion the gate judged FAIL covers the class, so it is not recommended for it (rule step 2).</summary>
    public bool FailedGate { get; init; }

    /// <summary>Monthly cost at the class's volume, one-off costs spread; null when unknown.</summary>
    public double? MonthlyCost { get; init; }
}
