namespace GaiEval.Core.Analysis.Review;

using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using PlanEconomics = GaiEval.Core.Plans.Economics;

/// <summary>
/// Sums the judges' metadata of a stored run into one <see cref="JudgeUsage"/> per judge: each (answer, judge evaluator) once,
/// whatever the number of metrics it wrote. The judge's profile (in the plan's judges, else its providers) prices the tokens.
/// </summary>
internal static class JudgeUsageBuilder
{
    public const string PricingNotSet = "料金未設定";

    /// <summary>One entry per judge that was called, in plan order (judges, then providers), unknown ids last.</summary>
    public static IReadOnlyList<JudgeUsage> Build(RunResults results)
    {
        List<JudgeEvaluation> evaluations =
        [
            .. results.AllResponses
                .SelectMany(r => results.Scores(r.Key).Values)
                .Select(JudgeEvaluation.Of)
                .OfType<JudgeEvaluation>()
                .DistinctBy(e => (e.Key, e.Evaluator)),
        ];
        List<ProviderProfile> profiles = [.. results.Plan.Judges, .. results.Plan.Providers];
        int Rank(string id) => profiles.FindIndex(p => p.Id == id) is var index and >= 0 ? index : int.MaxValue;
        return
        [
            .. evaluations
                .GroupBy(e => e.ProviderId, StringComparer.Ordinal)
                .OrderBy(g => Rank(g.Key))
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Usage(g.Key, [.. g], profiles.Find(p => p.Id == g.Key), results.Plan.Economics)),
        ];
    }

    private static JudgeUsage Usage(string providerId, List<JudgeEvaluation> evaluations, ProviderProfile? profile, PlanEconomics? economics)
    {
        List<double> latencies = [.. evaluations.Select(e => e.LatencyMs).OfType<double>().Order()];
        var usage = new JudgeUsage
        {
            ProviderId = providerId,
            Name = profile?.Name ?? providerId,
            Models = [.. evaluations.Select(e => e.Model).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            AnswersJudged = evaluations.Select(e => e.Key).Distinct().Count(),
            Evaluations = evaluations.Count,
            Calls = evaluations.Sum(e => e.Attempts),
            InputTokens = evaluations.Sum(e => e.InputTokens),
            OutputTokens = evaluations.Sum(e => e.OutputTokens),
            LatencyP50Ms = Percentile.Of(latencies, 0.5),
            LatencyP95Ms = Percentile.Of(latencies, 0.95),
        };
        return Priced(usage, profile?.Pricing, economics);
    }

    /// <summary>Without the plan's economics the cost stays in the pricing's currency.</summary>
    private static JudgeUsage Priced(JudgeUsage usage, Pricing? pricing, PlanEconomics? economics)
    {
        if (pricing is null)
        {
            return usage with { CostMessage = PricingNotSet };
        }

        string currency = economics?.Currency ?? pricing.Currency;
        if ((economics is null ? 1 : ExchangeRates.Rate(economics, pricing.Currency)) is not { } rate)
        {
            return usage with { PricingCurrency = pricing.Currency, CostMessage = ExchangeRates.Missing(pricing.Currency, currency) };
        }

        return usage with
        {
            Currency = currency,
            PricingCurrency = pricing.Currency,
            ExchangeRate = rate,
            Cost = TokenPricing.Cost(pricing, usage.InputTokens, usage.OutputTokens, rate),
        };
    }
}
