namespace GaiEval.Core.Analysis.Economics;

/// <summary>Whether a provider's monthly cost could be computed.</summary>
public enum CostStatus
{
    Estimated,

    /// <summary>The profile has no <c>pricing</c> (料金未設定): its cost is unknown, not zero.</summary>
    PricingNotSet,

    /// <summary>The profile charges per token but no answer recorded token counts, so the variable cost is unknown.</summary>
    NoTokenCounts,
}
