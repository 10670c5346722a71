namespace GaiEval.Tests.Analysis.Economics;

using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Plans;
using PlanEconomics = GaiEval.Core.Plans.Economics;

public sealed class CostCalculatorTests
{
    private static readonly PlanEconomics Yen = new() { Currency = "JPY", Exchange = new Dictionary<string, double> { ["USD"] = 150 } };

    private static readonly Pricing CloudInDollars = new()
    {
        Currency = "USD",
        InputPer1M = 0.15,
        OutputPer1M = 0.60,
        MonthlyFixed = 10,
        Seats = 20,
        SeatMonthly = 3,
        LicenceMonthly = 5,
        ServerPrice = 7200,
        ServerLifeMonths = 60,
        OperationsMonthly = 15,
    };

    private static readonly TokenUsage Tokens = new(MeanInputTokens: 1000, MeanOutputTokens: 500, Samples: 8, Estimated: false);

    [Fact]
    public void Converts_variable_and_fixed_costs_into_the_plan_currency()
    {
        ProviderCost cost = CostCalculator.Calculate(Provider(CloudInDollars), Tokens, Yen, monthlyVolume: 4000);

        // Variable per task: (1000 × 0.15 + 500 × 0.60) / 1,000,000 = 0.00045 USD × 150 = 0.0675 JPY; × 4000 = 270 JPY.
        Assert.Equal(CostStatus.Estimated, cost.Status);
        Assert.Equal(150, cost.ExchangeRate);
        Assert.Equal(0.0675, cost.VariablePerTask!.Value, 10);
        Assert.Equal(270, cost.MonthlyVariable!.Value, 8);

        // Fixed: 10 + 20 × 3 + 5 + 7200 / 60 + 15 = 10 + 60 + 5 + 120 + 15 = 210 USD × 150 = 31,500 JPY.
        FixedCost fixedCost = cost.Fixed!;
        Assert.Equal((1500.0, 9000.0, 750.0, 18000.0, 2250.0), (fixedCost.MonthlyFixed, fixedCost.SeatsMonthly, fixedCost.LicenceMonthly, fixedCost.ServerMonthly, fixedCost.OperationsMonthly));
        Assert.Equal(31_500, fixedCost.Total, 8);

        // Total: 31,500 + 270 = 31,770 JPY a month, with no interval (prices are fixed).
        Assert.Equal(31_770, cost.MonthlyTotal!.Value!.Value, 8);
        Assert.Equal(cost.MonthlyTotal.Low, cost.MonthlyTotal.High);
        Assert.Equal(8, cost.MonthlyTotal.N);
    }

    [Fact]
    public void Uses_a_rate_of_one_for_prices_already_in_the_plan_currency()
    {
        var onPrem = new Pricing { Currency = "JPY", ServerPrice = 3_600_000, ServerLifeMonths = 60, OperationsMonthly = 40_000 };

        ProviderCost cost = CostCalculator.Calculate(Provider(onPrem), TokenUsage.None, Yen, monthlyVolume: 4000);

        // No per-token price, so no token counts are needed: 3,600,000 / 60 + 40,000 = 100,000 JPY.
        Assert.Equal(CostStatus.Estimated, cost.Status);
        Assert.Equal(1, cost.ExchangeRate);
        Assert.Equal(0, cost.MonthlyVariable);
        Assert.Equal(100_000, cost.MonthlyTotal!.Value!.Value, 8);
    }

    [Fact]
    public void Reports_a_provider_without_pricing_as_pricing_not_set_rather_than_zero()
    {
        ProviderCost cost = CostCalculator.Calculate(Provider(null), Tokens, Yen, monthlyVolume: 4000);

        Assert.Equal(CostStatus.PricingNotSet, cost.Status);
        Assert.Equal("料金未設定", cost.Message);
        Assert.Null(cost.MonthlyTotal);
        Assert.Null(cost.VariablePerTask);
        Assert.Null(cost.Fixed);
    }

    [Fact]
    public void Leaves_the_total_unknown_when_tokens_are_priced_but_none_were_recorded()
    {
        ProviderCost cost = CostCalculator.Calculate(Provider(CloudInDollars), TokenUsage.None, Yen, monthlyVolume: 4000);

        Assert.Equal(CostStatus.NoTokenCounts, cost.Status);
        Assert.Contains("トークン数", cost.Message, StringComparison.Ordinal);
        Assert.Null(cost.MonthlyTotal);
        Assert.Equal(31_500, cost.Fixed!.Total, 8);
    }

    [Fact]
    public void Spreads_the_one_off_costs_over_the_contract_term_in_the_plan_currency()
    {
        var deployment = new DeploymentProfile
        {
            OneOff = new OneOffCosts { Initial = 3000, Development = 20_000, DataPreparation = 4000 },
            ContractMonths = 36,
        };

        ProviderCost cost = CostCalculator.Calculate(Provider(CloudInDollars, deployment), Tokens, Yen, monthlyVolume: 4000);

        // One-off: 27,000 USD × 150 = 4,050,000 JPY over 36 months = 112,500 JPY a month, on top of 31,500 fixed and 270 variable.
        Assert.Equal(4_050_000, cost.OneOff!.Total, 6);
        Assert.True(cost.OneOff.Complete);
        Assert.Equal(3_000_000, cost.OneOff.Development!.Value, 6);
        Assert.Equal(112_500, cost.Fixed!.OneOffMonthly, 6);
        Assert.Equal(31_500, cost.Fixed.Running, 6);
        Assert.Equal(144_000, cost.Fixed.Total, 6);
        Assert.Equal(144_270, cost.MonthlyTotal!.Value!.Value, 6);
    }

    [Fact]
    public void Marks_a_one_off_cost_with_an_unstated_part_as_incomplete_and_leaves_the_part_null()
    {
        var deployment = new DeploymentProfile { OneOff = new OneOffCosts { Initial = 1_200_000 }, ContractMonths = 12 };
        var yenPricing = new Pricing { Currency = "JPY", MonthlyFixed = 100_000 };

        ProviderCost cost = CostCalculator.Calculate(Provider(yenPricing, deployment), TokenUsage.None, Yen, monthlyVolume: 4000);

        Assert.False(cost.OneOff!.Complete);
        Assert.Null(cost.OneOff.Development);
        Assert.Equal(100_000, cost.Fixed!.OneOffMonthly, 6);
        Assert.Equal(200_000, cost.MonthlyTotal!.Value!.Value, 6);
    }

    [Fact]
    public void Keeps_the_stated_one_off_costs_of_a_provider_without_pricing_in_yen()
    {
        var deployment = new DeploymentProfile { OneOff = new OneOffCosts { Initial = 600_000, Development = 0, DataPreparation = 0 }, ContractMonths = 12 };

        ProviderCost cost = CostCalculator.Calculate(Provider(null, deployment), Tokens, Yen, monthlyVolume: 4000);

        // 料金未設定 leaves the monthly cost unknown, but the one-off costs the plan states are not 未記入.
        Assert.Equal(CostStatus.PricingNotSet, cost.Status);
        Assert.Null(cost.MonthlyTotal);
        Assert.Equal((600_000.0, true, 50_000.0), (cost.OneOff!.Total, cost.OneOff.Complete, cost.OneOff.Monthly));
    }

    [Fact]
    public void Refuses_a_currency_the_plan_has_no_rate_for()
    {
        var exception = Assert.Throws<InvalidOperationException>(
            () => CostCalculator.Calculate(Provider(CloudInDollars with { Currency = "EUR" }), Tokens, Yen, monthlyVolume: 4000));

        Assert.Contains("EUR → JPY", exception.Message, StringComparison.Ordinal);
    }

    private static ProviderProfile Provider(Pricing? pricing, DeploymentProfile? deployment = null) => new()
    {
        Id = "p",
        Name = "p",
        Method = DeploymentMethod.Cloud,
        Adapter = AdapterNames.OpenAi,
        Pricing = pricing,
        Deployment = deployment,
    };
}
