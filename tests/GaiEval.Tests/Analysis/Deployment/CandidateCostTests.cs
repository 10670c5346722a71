namespace GaiEval.Tests.Analysis.Deployment;

using GaiEval.Core.Analysis.Deployment;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Tests.Analysis.Economics;
using GaiEval.Tests.Support;

/// <summary>A candidate's full cost: one-off costs spread over the contract term, running cost, 3-year TCO, break-evens against candidates.</summary>
public sealed class CandidateCostTests : IDisposable
{
    private static readonly List<GoldItem> Items = [.. CandidatePlan.Items("a", 5, Sensitivity.Public)];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Spreads_the_one_off_costs_into_the_monthly_total_but_not_the_running_cost()
    {
        CandidateCost cloud = (await CompareAsync()).Candidates[0].Cost;

        // One-off 600,000 + 1,200,000 + 0 = 1,800,000 over 36 months = 50,000 a month.
        // Running: 50,000 fixed + 1 yen × 1000 tasks = 51,000; monthly total 101,000.
        Assert.Equal(CostStatus.Estimated, cloud.Status);
        Assert.Equal((1_800_000.0, true, 50_000.0), (cloud.OneOff!.Total, cloud.OneOff.Complete, cloud.OneOff.Monthly));
        Assert.Equal(51_000, cloud.RunningMonthly!.Value, 6);
        Assert.Equal(101_000, cloud.MonthlyTotal!.Value, 6);

        // TCO: 1,800,000 + 36 × 51,000 = 3,636,000 (the one-off costs once, not 36 times their monthly share on top).
        Assert.Equal(3_636_000, cloud.ThreeYearTco!.Value, 6);

        // 4 of 5 correct: 101,000 / (1000 × 0.8) = 126.25 per correct answer.
        Assert.Equal(126.25, cloud.CostPerCorrectAnswer!.Value, 6);
        Assert.Null(cloud.Message);
    }

    [Fact]
    public async Task Leaves_the_one_off_costs_and_the_TCO_unstated_when_the_profile_states_none()
    {
        CandidateCost onPrem = (await CompareAsync()).Candidates[1].Cost;

        // Server 7,200,000 / 60 = 120,000 a month, nothing per task and nothing one-off stated.
        Assert.Null(onPrem.OneOff);
        Assert.Null(onPrem.ThreeYearTco);
        Assert.Equal(120_000, onPrem.RunningMonthly!.Value, 6);
        Assert.Equal(120_000, onPrem.MonthlyTotal!.Value, 6);
    }

    [Fact]
    public async Task Gives_break_evens_against_the_other_candidates_only_with_the_one_off_spread()
    {
        DeploymentComparison comparison = await CompareAsync();

        // cloud 100,000 + 1 v = on-prem 120,000 → v = 20,000 (without the one-off share it would be 70,000).
        BreakEven breakEven = Assert.Single(comparison.Candidates[0].Cost.BreakEvens);
        Assert.Equal(("cloud", "onprem", BreakEvenKind.Crosses), (breakEven.FirstProviderId, breakEven.SecondProviderId, breakEven.Kind));
        Assert.Equal(20_000, breakEven.Volume!.Value, 6);
        Assert.Equal("cloud", breakEven.CheaperAtPlanVolume);
        Assert.Equal(breakEven, Assert.Single(comparison.Candidates[1].Cost.BreakEvens));
    }

    [Fact]
    public async Task Marks_an_incomplete_one_off_cost_and_counts_the_stated_part_as_a_lower_bound()
    {
        var deployment = new DeploymentProfile { OneOff = new OneOffCosts { Initial = 360_000 }, ContractMonths = 12 };
        EvalPlan plan = PricedRun.Plan(
            CandidatePlan.Yen(1000),
            CandidatePlan.Candidate("cloud", Sensitivity.Public, CandidatePlan.Priced(10_000, 2), deployment));

        CandidateCost cost = Assert.Single((await CandidatePlan.CompareAsync(folder, Items, plan, run => run.Answers("cloud", Items, 5))).Candidates).Cost;

        // 360,000 / 12 = 30,000; running 10,000 + 2 × 1000 = 12,000; TCO 360,000 + 36 × 12,000 = 792,000.
        Assert.False(cost.OneOff!.Complete);
        Assert.Null(cost.OneOff.Development);
        Assert.Equal(42_000, cost.MonthlyTotal!.Value, 6);
        Assert.Equal(792_000, cost.ThreeYearTco!.Value, 6);
    }

    [Fact]
    public async Task Says_why_there_is_no_cost_without_pricing_or_without_economics()
    {
        var oneOff = new DeploymentProfile { OneOff = new OneOffCosts { Initial = 240_000 }, ContractMonths = 12 };
        EvalPlan unpriced = PricedRun.Plan(CandidatePlan.Yen(1000), CandidatePlan.Candidate("cloud", Sensitivity.Public, deployment: oneOff));
        EvalPlan noEconomics = PricedRun.Plan(null, CandidatePlan.Candidate("cloud", Sensitivity.Public, CandidatePlan.Priced(10_000, 2)));
        using var other = new TempFolder();

        CandidateCost notSet = (await CandidatePlan.CompareAsync(folder, Items, unpriced, run => run.Answers("cloud", Items, 5))).Candidates[0].Cost;
        DeploymentComparison none = await CandidatePlan.CompareAsync(other, Items, noEconomics, run => run.Answers("cloud", Items, 5));

        Assert.Equal((CostStatus.PricingNotSet, "料金未設定"), (notSet.Status!.Value, notSet.Message));
        Assert.Null(notSet.MonthlyTotal);
        Assert.Null(notSet.RunningMonthly);
        Assert.Null(notSet.ThreeYearTco);
        Assert.Equal(240_000, notSet.OneOff!.Total, 6); // stated, so not 未記入, though the monthly cost is unknown
        CandidateCost withoutEconomics = none.Candidates[0].Cost;
        Assert.Null(withoutEconomics.Status);
        Assert.Null(withoutEconomics.MonthlyTotal);
        Assert.Contains("economics", withoutEconomics.Message, StringComparison.Ordinal);
        Assert.Null(none.Currency);
        Assert.Contains(none.Notes, n => n.Contains("economics がないため", StringComparison.Ordinal));

        // The only candidate is still recommended on quality, with no volume and no cost.
        DataClassRecommendation publicWork = none.Recommendations[0];
        Assert.Equal((RecommendationKind.Recommended, "cloud"), (publicWork.Kind, publicWork.RecommendedId));
        Assert.Null(publicWork.MonthlyVolume);
        Assert.Null(Assert.Single(publicWork.Candidates).MonthlyCost);
    }

    private Task<DeploymentComparison> CompareAsync()
    {
        var oneOff = new DeploymentProfile
        {
            OneOff = new OneOffCosts { Initial = 600_000, Development = 1_200_000, DataPreparation = 0 },
            ContractMonths = 36,
        };
        EvalPlan plan = PricedRun.Plan(
            CandidatePlan.Yen(1000),
            CandidatePlan.Candidate("cloud", Sensitivity.Public, CandidatePlan.Priced(50_000, 1), oneOff),
            CandidatePlan.Unprofiled("onprem", Sensitivity.Confidential, new Pricing { ServerPrice = 7_200_000, ServerLifeMonths = 60 }),
            CandidatePlan.Candidate("base", Sensitivity.Public, CandidatePlan.Priced(0, 0.5)) with { Candidate = false });
        return CandidatePlan.CompareAsync(folder, Items, plan, run => run
            .Answers("cloud", Items, 4)
            .Answers("onprem", Items, 5)
            .Answers("base", Items, 1));
    }
}
