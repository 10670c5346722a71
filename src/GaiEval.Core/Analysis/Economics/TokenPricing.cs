namespace GaiEval.Core.Analysis.Economics;

using GaiEval.Core.Plans;

/// <summary>What tokens cost at a profile's prices per million tokens, converted into the plan's currency at <c>rate</c>.</summary>
internal static class TokenPricing
{
    /// <param name="rate">Units of the plan's currency per unit of the pricing's currency (<see cref="ExchangeRates.Rate"/>).</param>
    public static double Cost(Pricing pricing, double inputTokens, double outputTokens, double rate) =>
        ((inputTokens * pricing.InputPer1M) + (outputTokens * pricing.OutputPer1M)) / 1_000_000 * rate;
}
