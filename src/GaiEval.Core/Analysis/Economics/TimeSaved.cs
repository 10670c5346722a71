namespace GaiEval.Core.Analysis.Economics;

/// <summary>
/// 削減業務時間 of one provider: per category and overall (the sum over the estimated categories). The overall interval is
/// the sum of the categories' bounds, which is conservative (wider than a joint 95% interval).
/// </summary>
public sealed record TimeSaved
{
    public required TimeSavedBasis Basis { get; init; }

    public string BasisLabel => Basis.Label();

    public required IReadOnlyList<CategoryTimeSaved> Categories { get; init; }

    /// <summary>Categories not estimated, with the reason; never counted as zero.</summary>
    public required IReadOnlyList<CategoryNotEstimated> NotEstimated { get; init; }

    /// <summary>Hours a month over the estimated categories; null when no category could be estimated.</summary>
    public Estimate? MonthlyHours { get; init; }

    /// <summary>Hours × hourly cost; null when no category was estimated or the plan sets no hourly cost.</summary>
    public Estimate? MonthlyPersonnelCost { get; init; }

    /// <summary>Monthly tasks of the categories that were estimated.</summary>
    public required double CoveredVolume { get; init; }

    /// <summary>Monthly tasks of categories with a volume that could not be estimated (no items, or no scored answers).</summary>
    public required double UncoveredVolume { get; init; }

    /// <summary>True when every category with a monthly volume above zero was estimated.</summary>
    public bool CoversAllVolume => UncoveredVolume == 0;
}
