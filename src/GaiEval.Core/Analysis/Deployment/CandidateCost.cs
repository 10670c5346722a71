namespace GaiEval.Core.Analysis.Deployment;

using GaiEval.Core.Analysis.Economics;

/// <summary>
/// A candidate's full cost in the plan's currency: the one-off costs, the monthly cost at the plan's volume (running costs
/// plus the one-off costs spread over the contract term), the 3-year TCO, the cost per correct answer and the break-even
/// volumes against the other candidates. Null amounts are 未記入 or not computable (<see cref="Message"/>), never 0.
/// </summary>
public sealed record CandidateCost
{
    /// <summary>Null when the plan has no <c>economics</c>.</summary>
    public CostStatus? Status { get; init; }

    /// <summary>Why the monthly cost is unknown (料金未設定, no economics, no token counts); null when it is known.</summary>
    public string? Message { get; init; }

    /// <summary>The one-off costs; null when the profile states none (未記入).</summary>
    public OneOffSpread? OneOff { get; init; }

    /// <summary>Fixed running costs + variable costs at the plan's volume, without the one-off costs.</summary>
    public double? RunningMonthly { get; init; }

    /// <summary><see cref="RunningMonthly"/> + the one-off costs ÷ contract months (the one-off part is 0 when 未記入).</summary>
    public double? MonthlyTotal { get; init; }

    /// <summary>One-off costs + 36 × <see cref="RunningMonthly"/>; null when either is unknown. A lower bound when the one-off costs are incomplete.</summary>
    public double? ThreeYearTco { get; init; }

    /// <summary>Monthly total ÷ (volume × accuracy) with its interval.</summary>
    public UnitCost? CostPerCorrectAnswer { get; init; }

    /// <summary>Against each other candidate whose cost is known, in plan order.</summary>
    public required IReadOnlyList<BreakEven> BreakEvens { get; init; }

    /// <summary>Months of the TCO horizon.</summary>
    public const int TcoMonths = 36;
}
