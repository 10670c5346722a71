namespace GaiEval.Core.Analysis.Economics;

/// <summary>
/// Time saved in one category (業務分野) for one provider: Σ over the category's items of c·M − R minutes, × monthly volume
/// ÷ item count ÷ 60 hours a month (<see cref="ItemSaving"/> says how each item's answers count). The interval is a
/// bootstrap over the category's items.
/// </summary>
public sealed record CategoryTimeSaved
{
    public required string Category { get; init; }

    /// <summary>Tasks a month, from the plan's <c>monthly_volume</c>.</summary>
    public required double MonthlyVolume { get; init; }

    /// <summary>Items of the category in the test set: the saving is summed over all of them.</summary>
    public required int ItemCount { get; init; }

    /// <summary>Items answered correctly (each repeat counts its share).</summary>
    public required double CorrectItems { get; init; }

    /// <summary>Answers (item × repeat) with a final verdict.</summary>
    public required int DecidedAnswers { get; init; }

    /// <summary>Answers awaiting a judge or a reviewer: counted as wrong, −R each.</summary>
    public required int UndecidedAnswers { get; init; }

    /// <summary>Calls withheld above the clearance, failed at the provider or never made: counted as no saving (0).</summary>
    public required int UnansweredCalls { get; init; }

    /// <summary>Mean over the items of c·M − R minutes per task (negative when checking costs more than the correct answers save).</summary>
    public required Estimate SavedMinutesPerTask { get; init; }

    public required Estimate MonthlyHours { get; init; }

    /// <summary>Hours × hourly cost in the plan's currency; null when the plan sets no hourly cost.</summary>
    public Estimate? MonthlyPersonnelCost { get; init; }

    public required TimeSavedBasis Basis { get; init; }

    public string BasisLabel => Basis.Label();
}
