namespace GaiEval.Core.Analysis.Economics;

/// <summary>
/// 削減業務時間 of one provider: per category and overall (the sum over the estimated categories). The overall interval
/// comes from the same bootstrap resamples as the categories', so it is the interval of the sum.
/// </summary>
public sealed record TimeSaved
{
    public required TimeSavedBasis Basis { get; init; }

    public string BasisLabel => Basis.Label();

    /// <summary>The scenario the figure assumes, in Japanese (月間件数のすべてをAIに回した場合).</summary>
    public string Assumption => Basis.Assumption();

    public required IReadOnlyList<CategoryTimeSaved> Categories { get; init; }

    /// <summary>Categories not estimated, with the reason; never counted as zero.</summary>
    public required IReadOnlyList<CategoryNotEstimated> NotEstimated { get; init; }

    /// <summary>Hours a month over the estimated categories; null when no category could be estimated.</summary>
    public Estimate? MonthlyHours { get; init; }

    /// <summary>Hours × hourly cost; null when no category was estimated or the plan sets no hourly cost.</summary>
    public Estimate? MonthlyPersonnelCost { get; init; }

    /// <summary>Monthly tasks of the categories that were estimated.</summary>
    public required double CoveredVolume { get; init; }

    /// <summary>Monthly tasks of categories with a volume that could not be estimated (no items, or no answer with a verdict).</summary>
    public required double UncoveredVolume { get; init; }

    /// <summary>In the estimated categories, answers without a verdict yet, counted as wrong (−R).</summary>
    public required int UndecidedAnswers { get; init; }

    /// <summary>In the estimated categories, calls withheld, failed or never made, counted as no saving (0).</summary>
    public required int UnansweredCalls { get; init; }

    /// <summary>True when every category with a monthly volume above zero was estimated.</summary>
    public bool CoversAllVolume => UncoveredVolume == 0;
}
