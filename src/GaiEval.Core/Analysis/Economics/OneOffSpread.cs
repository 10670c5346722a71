namespace GaiEval.Core.Analysis.Economics;

/// <summary>
/// A provider's one-off costs (deployment.one_off) in the plan's currency, spread over its contract term. Unstated amounts
/// stay null and are left out of <see cref="Total"/>; <see cref="Complete"/> says whether that total is the whole cost.
/// </summary>
public sealed record OneOffSpread
{
    public double? Initial { get; init; }

    public double? Development { get; init; }

    public double? DataPreparation { get; init; }

    /// <summary>Σ of the stated amounts.</summary>
    public required double Total { get; init; }

    /// <summary>False when an amount is 未記入: <see cref="Total"/> is then a lower bound.</summary>
    public required bool Complete { get; init; }

    /// <summary>deployment.contract_months; null when the total is 0 and no term is stated (nothing to spread).</summary>
    public int? ContractMonths { get; init; }

    /// <summary>Total ÷ contract months (0 when there is nothing to spread).</summary>
    public required double Monthly { get; init; }
}
