namespace GaiEval.Core.Analysis.Economics;

/// <summary>
/// A provider's monthly cost (TCO) at the plan's volume, in the plan's currency: variable = (mean input tokens × input price
/// + mean output tokens × output price) / 1M × exchange rate × volume; fixed as in <see cref="FixedCost"/>, one-off costs
/// spread over the contract term included.
/// </summary>
public sealed record ProviderCost
{
    public required CostStatus Status { get; init; }

    /// <summary>Why the cost is not estimated (e.g. 料金未設定); null when it is.</summary>
    public string? Message { get; init; }

    /// <summary>The currency the profile's prices are written in; null without pricing.</summary>
    public string? PricingCurrency { get; init; }

    /// <summary>Units of the plan's currency per unit of <see cref="PricingCurrency"/> (1 when they are the same).</summary>
    public double? ExchangeRate { get; init; }

    /// <summary>Mean tokens over the answers that recorded any; null when none did.</summary>
    public double? MeanInputTokens { get; init; }

    public double? MeanOutputTokens { get; init; }

    /// <summary>Answers the token means are taken over.</summary>
    public int TokenSamples { get; init; }

    /// <summary>True when any of those counts was estimated by a tokenizer rather than reported.</summary>
    public bool TokensEstimated { get; init; }

    /// <summary>Σ monthly_volume: the tasks a month the cost is computed for.</summary>
    public required double MonthlyVolume { get; init; }

    /// <summary>Variable cost of one task in the plan's currency.</summary>
    public double? VariablePerTask { get; init; }

    public double? MonthlyVariable { get; init; }

    public FixedCost? Fixed { get; init; }

    /// <summary>The one-off costs and their spread (included in <see cref="Fixed"/>); null when the profile states none (未記入).</summary>
    public OneOffSpread? OneOff { get; init; }

    /// <summary>Fixed + variable per month; an exact figure (prices are fixed, tokens are their measured mean).</summary>
    public Estimate? MonthlyTotal { get; init; }
}
