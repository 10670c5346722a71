namespace GaiEval.Core.Analysis.Deployment;

/// <summary>The recommendation for one data class: every candidate's figures, the one chosen (if any) and why, in Japanese.</summary>
public sealed record DataClassRecommendation
{
    public required DataClass Class { get; init; }

    /// <summary>Items of the test set in the class.</summary>
    public required int Items { get; init; }

    /// <summary>Tasks a month the monthly costs are computed at (the sensitivity's volume, else the plan's total); null without economics.</summary>
    public double? MonthlyVolume { get; init; }

    /// <summary>Whether <see cref="MonthlyVolume"/> is the sensitivity's own volume rather than the plan's total.</summary>
    public required bool VolumeIsClassVolume { get; init; }

    /// <summary>The plan's accuracy criterion used in rule step 2; null when the plan has none.</summary>
    public double? AccuracyThreshold { get; init; }

    public required IReadOnlyList<ClassCandidate> Candidates { get; init; }

    public required RecommendationKind Kind { get; init; }

    /// <summary>The provider id recommended; null unless <see cref="Kind"/> is Recommended.</summary>
    public string? RecommendedId { get; init; }

    /// <summary>The reason, one or two Japanese sentences built from the figures.</summary>
    public required string Reason { get; init; }
}
