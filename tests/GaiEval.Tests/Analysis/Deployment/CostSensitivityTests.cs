namespace GaiEval.Tests.Analysis.Deployment;

using GaiEval.Core.Analysis.Deployment;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Tests.Analysis.Economics;
using GaiEval.Tests.Support;

/// <summary>The cost conclusion under half and double the volume and ±20% exchange rate.</summary>
public sealed class CostSensitivityTests : IDisposable
{
    private static readonly List<GoldItem> Items = [.. CandidatePlan.Items("p", 10, Sensitivity.Public)];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Shows_that_doubling_the_volume_makes_the_fixed_cost_candidate_the_cheaper()
    {
        // fixed: 10,000 a month; metered: 4 yen a task; both 10/10. At 2000 tasks: 10,000 against 8000.
        EvalPlan plan = PricedRun.Plan(
            CandidatePlan.Yen(2000, new Dictionary<Sensitivity, double> { [Sensitivity.Public] = 2000 }),
            CandidatePlan.Candidate("fixed", Sensitivity.Public, CandidatePlan.Priced(10_000, 0)),
            CandidatePlan.Candidate("metered", Sensitivity.Public, CandidatePlan.Priced(0, 4)));

        CostSensitivity sensitivity = (await CandidatePlan.CompareAsync(folder, Items, plan, run => run
            .Answers("fixed", Items, 10)
            .Answers("metered", Items, 10))).CostSensitivity;

        Assert.Equal(["計画どおり", "件数 ½", "件数 2倍", "為替 −20%", "為替 +20%"], sensitivity.Scenarios.Select(s => s.Label));

        // ½: 10,000 against 4000; ×2: 10,000 against 16,000.
        RecommendationUnderScenarios publicWork = sensitivity.Recommendations[0];
        Assert.Equal(new DataClass(Sensitivity.Public, null), publicWork.Class);
        Assert.Equal(["metered", "metered", "fixed", "metered", "metered"], publicWork.RecommendedIds);
        Assert.True(publicWork.DependsOnAssumptions);

        // Break-even 10,000 / 4 = 2500, whatever the volume; which is cheaper at the scenario's volume changes at ×2.
        BreakEvenUnderScenarios pair = Assert.Single(sensitivity.BreakEvens);
        Assert.Equal(("fixed", "metered"), (pair.FirstProviderId, pair.SecondProviderId));
        Assert.All(pair.PerScenario, b => Assert.Equal(2500, b.Volume!.Value, 6));
        Assert.Equal(["metered", "metered", "fixed", "metered", "metered"], pair.PerScenario.Select(b => b.CheaperAtPlanVolume));
        Assert.True(pair.DependsOnAssumptions);
    }

    [Fact]
    public async Task Moves_the_break_even_of_a_dollar_priced_candidate_with_the_exchange_rate_only()
    {
        // usd: 100 USD a month + 0.01 USD a task = 15,000 + 1.5 yen at 150; yen: 30,000 a month; metered: 5 yen a task.
        EvalPlan plan = PricedRun.Plan(
            CandidatePlan.Yen(1000),
            CandidatePlan.Candidate("usd", Sensitivity.Public, CandidatePlan.Priced(100, 0.01, "USD")),
            CandidatePlan.Candidate("yen", Sensitivity.Public, CandidatePlan.Priced(30_000, 0)),
            CandidatePlan.Candidate("metered", Sensitivity.Public, CandidatePlan.Priced(0, 5)));

        CostSensitivity sensitivity = (await CandidatePlan.CompareAsync(folder, Items, plan, run => run
            .Answers("usd", Items, 10)
            .Answers("yen", Items, 10)
            .Answers("metered", Items, 10))).CostSensitivity;

        Assert.Equal([("usd", "yen"), ("usd", "metered"), ("yen", "metered")], sensitivity.BreakEvens.Select(b => (b.FirstProviderId, b.SecondProviderId)));

        // usd–yen: (30,000 − 15,000) / 1.5 = 10,000; at −20% (30,000 − 12,000) / 1.2 = 15,000; at +20% (30,000 − 18,000) / 1.8 = 6666.67.
        double[] usdYen = [.. sensitivity.BreakEvens[0].PerScenario.Select(b => b.Volume!.Value)];
        Assert.Equal([10_000, 10_000, 10_000, 15_000, 12_000 / 1.8], usdYen, (a, b) => Math.Abs(a - b) < 1e-6);

        // yen–metered: 30,000 / 5 = 6000 in every scenario: neither moves with the exchange rate.
        Assert.All(sensitivity.BreakEvens[2].PerScenario, b => Assert.Equal((BreakEvenKind.Crosses, 6000.0), (b.Kind, b.Volume!.Value)));

        // At 1000 tasks: usd 16,500 (×0.8: 13,200; ×1.2: 19,800), yen 30,000, metered 5000 (2500 at ½, 10,000 at ×2).
        Assert.Equal(["metered", "metered", "metered", "metered", "metered"], sensitivity.Recommendations[0].RecommendedIds);
        Assert.False(sensitivity.Recommendations[0].DependsOnAssumptions);
    }
}
