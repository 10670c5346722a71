namespace GaiEval.Core.Analysis.Economics;

using GaiEval.Core.Plans;

/// <summary>One provider's time saved, cost and what the two give together, at the plan's monthly volume.</summary>
public sealed record ProviderEconomics
{
    public required string ProviderId { get; init; }

    public required string Name { get; init; }

    public required DeploymentMethod Method { get; init; }

    public required bool Candidate { get; init; }

    /// <summary>Correct ÷ rule-scored answers over all categories (Wilson), used for the cost per correct answer.</summary>
    public required Estimate Accuracy { get; init; }

    public required TimeSaved TimeSaved { get; init; }

    public required ProviderCost Cost { get; init; }

    /// <summary>Monthly cost ÷ (volume × accuracy).</summary>
    public UnitCost? CostPerCorrectAnswer { get; init; }

    /// <summary>Monthly cost ÷ hours saved a month; only when the time saved covers the whole volume.</summary>
    public UnitCost? CostPerHourSaved { get; init; }

    /// <summary>Personnel cost saved − monthly cost, with the personnel cost's interval; only when the time saved covers the whole volume.</summary>
    public Estimate? NetMonthlyBenefit { get; init; }

    /// <summary>Why a figure above is missing, in Japanese.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}
