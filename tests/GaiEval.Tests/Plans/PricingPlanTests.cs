namespace GaiEval.Tests.Plans;

using GaiEval.Core.Inputs;
using GaiEval.Core.Plans;

public sealed class PricingPlanTests : IDisposable
{
    private const string YenEconomics = "economics:\n  currency: JPY\n  exchange: { USD: 150 }\n";

    private readonly PlanFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Reads_every_fixed_cost_of_a_provider()
    {
        EvalPlan plan = folder.Load(PlanFolder.Minimal + """
                pricing:
                  currency: USD
                  input_per_1m: 0.15
                  output_per_1m: 0.6
                  monthly_fixed: 10
                  seats: 20
                  seat_monthly: 3
                  licence_monthly: 5
                  server_price: 7200
                  server_life_months: 60
                  operations_monthly: 15

            """ + YenEconomics);

        Assert.Equal(
            new Pricing
            {
                Currency = "USD",
                InputPer1M = 0.15,
                OutputPer1M = 0.6,
                MonthlyFixed = 10,
                Seats = 20,
                SeatMonthly = 3,
                LicenceMonthly = 5,
                ServerPrice = 7200,
                ServerLifeMonths = 60,
                OperationsMonthly = 15,
            },
            plan.Providers[0].Pricing);
    }

    [Fact]
    public void Leaves_the_fixed_costs_at_zero_when_the_pricing_does_not_name_them()
    {
        EvalPlan plan = folder.Load(PlanFolder.Minimal + "    pricing: { currency: JPY, monthly_fixed: 300000 }\n");

        Assert.Equal(new Pricing { Currency = "JPY", MonthlyFixed = 300_000 }, plan.Providers[0].Pricing);
        Assert.Null(plan.Providers[0].Pricing!.ServerLifeMonths);
    }

    [Theory]
    [InlineData("seat_monthly: -3", "providers[0].pricing.seat_monthly", "0 以上の数値")]
    [InlineData("licence_monthly: -1", "providers[0].pricing.licence_monthly", "0 以上の数値")]
    [InlineData("operations_monthly: -0.5", "providers[0].pricing.operations_monthly", "0 以上の数値")]
    [InlineData("server_price: -100", "providers[0].pricing.server_price", "0 以上の数値")]
    [InlineData("licence_monthly: 五千", "providers[0].pricing.licence_monthly", "数値（例: 0.5）")]
    [InlineData("seats: -1", "providers[0].pricing.seats", "0 以上の整数")]
    [InlineData("seats: 2.5", "providers[0].pricing.seats", "整数（例: 4）")]
    [InlineData("server_life_months: 0", "providers[0].pricing.server_life_months", "1 以上の整数")]
    [InlineData("seat_monthy: 3", "providers[0].pricing.seat_monthy", "「seat_monthly」のことですか")]
    public void Rejects_a_bad_fixed_cost_with_its_line(string entry, string field, string messagePart)
    {
        folder.SingleError(PlanFolder.Minimal + "    pricing:\n      currency: JPY\n      " + entry + "\n", 10, field, messagePart);
    }

    [Fact]
    public void Requires_a_server_life_to_spread_a_server_price_over()
    {
        folder.SingleError(
            PlanFolder.Minimal + "    pricing:\n      currency: JPY\n      server_price: 3600000\n      operations_monthly: 40000\n",
            10,
            "providers[0].pricing.server_price",
            "server_life_months（耐用月数");
    }

    [Fact]
    public void Accepts_a_server_price_of_zero_without_a_life()
    {
        EvalPlan plan = folder.Load(PlanFolder.Minimal + "    pricing: { currency: JPY, server_price: 0 }\n");

        Assert.Equal(0, plan.Providers[0].Pricing!.ServerPrice);
    }

    [Fact]
    public void Rejects_a_pricing_currency_the_economics_cannot_convert()
    {
        InputError error = folder.SingleError(
            PlanFolder.Minimal + "    pricing:\n      currency: EUR\n      input_per_1m: 0.1\n" + YenEconomics,
            9,
            "providers[0].pricing.currency",
            "EUR から JPY への為替レートがありません");

        Assert.Contains("economics.exchange", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_the_default_yen_pricing_when_the_plan_counts_in_another_currency()
    {
        folder.SingleError(
            PlanFolder.Minimal + "    pricing: { monthly_fixed: 1000 }\neconomics:\n  currency: USD\n",
            8,
            "providers[0].pricing.currency",
            "JPY から USD への為替レートがありません");
    }

    [Fact]
    public void Reports_each_provider_whose_currency_has_no_rate()
    {
        string yaml = PlanFolder.Minimal + """
                pricing: { currency: EUR }
              - id: p2
                method: cloud
                adapter: manual
                pricing: { currency: GBP }
              - id: p3
                method: cloud
                adapter: manual
                pricing: { currency: USD }

            """ + YenEconomics;

        IReadOnlyList<InputError> errors = folder.Errors(yaml);

        Assert.Equal(
            new[] { (8, "providers[0].pricing.currency"), (12, "providers[1].pricing.currency") },
            errors.Select(e => (e.Line, e.Field)));
    }

    [Fact]
    public void Does_not_check_currencies_when_the_plan_has_no_economics()
    {
        EvalPlan plan = folder.Load(PlanFolder.Minimal + "    pricing: { currency: EUR, input_per_1m: 0.1 }\n");

        Assert.Equal("EUR", plan.Providers[0].Pricing!.Currency);
    }

    [Fact]
    public void Reports_an_unreadable_rate_once_and_not_again_as_a_missing_rate()
    {
        folder.SingleError(
            PlanFolder.Minimal + "    pricing: { currency: USD }\neconomics:\n  exchange: { USD: 百五十 }\n",
            10,
            "economics.exchange.USD",
            "数値");
    }
}
