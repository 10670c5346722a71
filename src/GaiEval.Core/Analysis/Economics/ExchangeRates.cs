namespace GaiEval.Core.Analysis.Economics;

using GaiEval.Core.Inputs;
using GaiEval.Core.Plans;
using PlanEconomics = GaiEval.Core.Plans.Economics;

/// <summary>Converts a provider's pricing currency into the plan's currency with <c>economics.exchange</c>.</summary>
internal static class ExchangeRates
{
    /// <summary>Units of the plan's currency per unit of <paramref name="currency"/>; null when the plan has no rate for it.</summary>
    public static double? Rate(PlanEconomics economics, string currency) =>
        currency == economics.Currency ? 1
        : economics.Exchange.TryGetValue(currency, out double rate) ? rate
        : null;

    /// <summary>「為替レートがありません: USD → JPY」.</summary>
    public static string Missing(string currency, string planCurrency) => $"為替レートがありません: {currency} → {planCurrency}";

    /// <summary>Throws one <see cref="InputException"/> listing every pricing currency the plan cannot convert, with its providers.</summary>
    public static void EnsureAll(EvalPlan plan, PlanEconomics economics)
    {
        List<string> missing =
        [
            .. plan.Providers
                .Where(p => p.Pricing is { } pricing && Rate(economics, pricing.Currency) is null)
                .GroupBy(p => p.Pricing!.Currency, StringComparer.Ordinal)
                .Select(g => $"{g.Key} → {economics.Currency}（方式: {string.Join(", ", g.Select(p => p.Id))}）"),
        ];
        if (missing.Count > 0)
        {
            throw new InputException(
                plan.PlanFile,
                0,
                "economics.exchange",
                $"為替レートがありません: {string.Join("、", missing)}。economics.exchange に「USD: 150」のように 1 単位が何 {economics.Currency} かを書いてください");
        }
    }
}
