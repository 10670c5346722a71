namespace GaiEval.Core.Analysis.Economics;

/// <summary>
/// Time saved in one category (業務分野) for one provider: volume × (p·M̄ − R̄) / 60 hours a month, where p is the provider's
/// accuracy on the category's rule-scored answers and M̄, R̄ the mean manual and review minutes of the category's items.
/// The interval is the accuracy's Wilson interval put through the same formula: the saving is linear in p, so its bounds
/// are the saving at the accuracy's bounds.
/// </summary>
public sealed record CategoryTimeSaved
{
    public required string Category { get; init; }

    /// <summary>Tasks a month, from the plan's <c>monthly_volume</c>.</summary>
    public required double MonthlyVolume { get; init; }

    /// <summary>Items of the category in the test set (the minutes are averaged over all of them).</summary>
    public required int ItemCount { get; init; }

    /// <summary>M̄: mean minutes to do a task by hand.</summary>
    public required double MeanHumanMinutes { get; init; }

    /// <summary>R̄: mean minutes to check an AI answer.</summary>
    public required double MeanReviewMinutes { get; init; }

    /// <summary>p: correct ÷ rule-scored answers in the category, with its Wilson interval.</summary>
    public required Estimate Accuracy { get; init; }

    /// <summary>p·M̄ − R̄ minutes per task (negative when checking costs more than the correct answers save).</summary>
    public required Estimate SavedMinutesPerTask { get; init; }

    public required Estimate MonthlyHours { get; init; }

    /// <summary>Hours × hourly cost in the plan's currency; null when the plan sets no hourly cost.</summary>
    public Estimate? MonthlyPersonnelCost { get; init; }

    public required TimeSavedBasis Basis { get; init; }

    public string BasisLabel => Basis.Label();
}
