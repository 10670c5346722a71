namespace GaiEval.Core.Analysis.Economics;

using GaiEval.Core.Plans;
using PlanEconomics = GaiEval.Core.Plans.Economics;

/// <summary>
/// A provider's monthly cost at a volume, in the plan's currency: variable = (mean input tokens × input price + mean output
/// tokens × output price) / 1M per task × volume; fixed as in <see cref="FixedCost"/>.
/// </summary>
internal static class CostCalculator
{
    public const string Method = "measured mean tokens × prices × volume + fixed costs (no interval)";

    public static ProviderCost Calculate(ProviderProfile provider, TokenUsage tokens, PlanEconomics economics, double monthlyVolume)
    {
        Pricing? pricing = provider.Pricing;
        if (pricing is null)
        {
            // The one-off costs are then in the default pricing currency; the plan reader requires its rate when they are stated.
            return new ProviderCost
            {
                Status = CostStatus.PricingNotSet,
                Message = "料金未設定",
                MonthlyVolume = monthlyVolume,
                OneOff = ExchangeRates.Rate(economics, new Pricing().Currency) is { } yen ? Spread(provider.Deployment, yen) : null,
            };
        }

        double rate = ExchangeRates.Rate(economics, pricing.Currency)
            ?? throw new InvalidOperationException(ExchangeRates.Missing(pricing.Currency, economics.Currency));
        OneOffSpread? oneOff = Spread(provider.Deployment, rate);
        var cost = new ProviderCost
        {
            Status = CostStatus.Estimated,
            PricingCurrency = pricing.Currency,
            ExchangeRate = rate,
            MeanInputTokens = tokens.MeanInputTokens,
            MeanOutputTokens = tokens.MeanOutputTokens,
            TokenSamples = tokens.Samples,
            TokensEstimated = tokens.Estimated,
            MonthlyVolume = monthlyVolume,
            Fixed = Fixed(pricing, rate) with { OneOffMonthly = oneOff?.Monthly ?? 0 },
            OneOff = oneOff,
        };
        bool chargesPerToken = pricing.InputPer1M > 0 || pricing.OutputPer1M > 0;
        if (chargesPerToken && tokens.Samples == 0)
        {
            return cost with { Status = CostStatus.NoTokenCounts, Message = "トークン数の記録がある回答がないため、従量費を計算できません" };
        }

        double perTask = TokenPricing.Cost(pricing, tokens.MeanInputTokens ?? 0, tokens.MeanOutputTokens ?? 0, rate);
        double variable = perTask * monthlyVolume;
        return cost with
        {
            VariablePerTask = perTask,
            MonthlyVariable = variable,
            MonthlyTotal = Estimate.Exact(cost.Fixed!.Total + variable, tokens.Samples, Method),
        };
    }

    /// <summary>The one-off costs in the plan's currency (they are written in the pricing currency) over the contract term.</summary>
    public static OneOffSpread? Spread(DeploymentProfile? deployment, double rate)
    {
        if (deployment?.OneOff is not { } oneOff || oneOff is { Initial: null, Development: null, DataPreparation: null })
        {
            return null;
        }

        double total = oneOff.StatedTotal * rate;
        return new OneOffSpread
        {
            Initial = oneOff.Initial * rate,
            Development = oneOff.Development * rate,
            DataPreparation = oneOff.DataPreparation * rate,
            Total = total,
            Complete = oneOff.Complete,
            ContractMonths = deployment.ContractMonths,
            Monthly = deployment.ContractMonths is > 0 and int months ? total / months : 0,
        };
    }

    private static FixedCost Fixed(Pricing pricing, double rate)
    {
        double server = pricing.ServerPrice switch
        {
            0 => 0,
            _ when pricing.ServerLifeMonths is > 0 and int months => pricing.ServerPrice / months,
            _ => throw new InvalidOperationException($"server_life_months がないため server_price（{pricing.ServerPrice}）を月割りにできません"),
        };
        return new FixedCost
        {
            MonthlyFixed = pricing.MonthlyFixed * rate,
            Seats = pricing.Seats,
            SeatsMonthly = pricing.Seats * pricing.SeatMonthly * rate,
            LicenceMonthly = pricing.LicenceMonthly * rate,
            ServerMonthly = server * rate,
            OperationsMonthly = pricing.OperationsMonthly * rate,
        };
    }
}
