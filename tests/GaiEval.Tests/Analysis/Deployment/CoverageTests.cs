namespace GaiEval.Tests.Analysis.Deployment;

using GaiEval.Core.Analysis.Deployment;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Tests.Analysis.Economics;
using GaiEval.Tests.Support;
using PlanEconomics = GaiEval.Core.Plans.Economics;

/// <summary>Coverage: the share of the test set's items, and of the monthly workload per sensitivity, each candidate may receive.</summary>
public sealed class CoverageTests : IDisposable
{
    private static readonly DeploymentProfile InternetTraining = new() { Network = NetworkZone.Internet, TrainingUse = true };

    // 2 public, 1 internal, 1 confidential.
    private static readonly GoldItem[] Items =
    [
        CandidatePlan.Item("pu1", Sensitivity.Public), CandidatePlan.Item("pu2", Sensitivity.Public),
        CandidatePlan.Item("in1", Sensitivity.Internal), CandidatePlan.Item("co1", Sensitivity.Confidential),
    ];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Counts_the_items_and_the_workload_at_or_below_each_ceiling()
    {
        var volumes = new Dictionary<Sensitivity, double> { [Sensitivity.Public] = 4000, [Sensitivity.Internal] = 2000, [Sensitivity.Confidential] = 650 };

        DeploymentComparison comparison = await CompareAsync(CandidatePlan.Yen(1000, volumes));

        // The web service may train on inputs over the internet: its confidential clearance is lowered to public.
        Assert.Equal(["web", "reasoned", "platform", "onprem"], comparison.Candidates.Select(c => c.ProviderId));
        Assert.Equal(
            [Sensitivity.Public, Sensitivity.Confidential, Sensitivity.Internal, Sensitivity.Confidential],
            comparison.Candidates.Select(c => c.Ceiling));
        Assert.Equal([2, 4, 3, 4], comparison.Candidates.Select(c => c.Coverage.Items));
        Assert.All(comparison.Candidates, c => Assert.Equal(4, c.Coverage.TestSetItems));
        Assert.Equal([0.5, 1, 0.75, 1], comparison.Candidates.Select(c => c.Coverage.ItemShare));

        // Workload: public 4000 of 6650; public + internal 6000 of 6650; all 6650.
        Assert.Equal([4000.0, 6650, 6000, 6650], comparison.Candidates.Select(c => c.Coverage.Workload!.Value));
        Assert.All(comparison.Candidates, c => Assert.Equal(6650, c.Coverage.WorkloadTotal));
        Assert.Equal(4000.0 / 6650, comparison.Candidates[0].Coverage.WorkloadShare!.Value, 12);
        Assert.Equal(6000.0 / 6650, comparison.Candidates[2].Coverage.WorkloadShare!.Value, 12);
        Assert.Equal(1, comparison.Candidates[3].Coverage.WorkloadShare!.Value, 12);
        Assert.Equal(volumes, comparison.WorkloadBySensitivity);
        Assert.DoesNotContain(comparison.Notes, n => n.Contains("monthly_volume_by_sensitivity", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Gives_no_workload_share_without_volumes_per_sensitivity_and_says_why()
    {
        DeploymentComparison comparison = await CompareAsync(CandidatePlan.Yen(1000));

        Assert.All(comparison.Candidates, c => Assert.Null(c.Coverage.Workload));
        Assert.All(comparison.Candidates, c => Assert.Null(c.Coverage.WorkloadTotal));
        Assert.All(comparison.Candidates, c => Assert.Null(c.Coverage.WorkloadShare));
        Assert.Equal([0.5, 1, 0.75, 1], comparison.Candidates.Select(c => c.Coverage.ItemShare));
        Assert.Null(comparison.WorkloadBySensitivity);
        Assert.Contains(comparison.Notes, n => n.Contains("monthly_volume_by_sensitivity", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Gives_no_workload_share_when_the_volumes_per_sensitivity_add_up_to_zero()
    {
        var zero = new Dictionary<Sensitivity, double> { [Sensitivity.Public] = 0, [Sensitivity.Internal] = 0, [Sensitivity.Confidential] = 0 };

        DeploymentComparison comparison = await CompareAsync(CandidatePlan.Yen(1000, zero));

        Assert.All(comparison.Candidates, c => Assert.Equal(0, c.Coverage.WorkloadTotal));
        Assert.All(comparison.Candidates, c => Assert.Null(c.Coverage.WorkloadShare));
    }

    [Fact]
    public async Task Gives_no_workload_share_and_says_why_when_a_sensitivity_of_the_test_set_has_no_volume()
    {
        var partial = new Dictionary<Sensitivity, double> { [Sensitivity.Public] = 4000, [Sensitivity.Internal] = 2000 };

        DeploymentComparison comparison = await CompareAsync(CandidatePlan.Yen(1000, partial));

        // The test set has a confidential item but the plan gives no confidential volume: a share over 6000 would overstate.
        Assert.All(comparison.Candidates, c => Assert.Null(c.Coverage.WorkloadShare));
        Assert.Contains(comparison.Notes, n => n.Contains("monthly_volume_by_sensitivity に 機密 の件数がない", StringComparison.Ordinal));
        Assert.All(comparison.Recommendations.Where(r => r.Class.Sensitivity == Sensitivity.Confidential), r => Assert.Null(r.MonthlyVolume));
    }

    [Fact]
    public async Task Leaves_baselines_out_and_builds_nothing_without_a_candidate()
    {
        ProviderProfile baseline = CandidatePlan.Candidate("base", Sensitivity.Confidential) with { Candidate = false };
        EvalPlan withBaseline = PricedRun.Plan(null, baseline, CandidatePlan.Candidate("onprem", Sensitivity.Confidential));
        EvalPlan baselineOnly = PricedRun.Plan(null, baseline);

        DeploymentComparison comparison = await CandidatePlan.CompareAsync(folder, Items, withBaseline, _ => { });
        using var other = new TempFolder();
        await using PricedRun run = await PricedRun.CreateAsync(other, Items, baselineOnly);

        Assert.Equal("onprem", Assert.Single(comparison.Candidates).ProviderId);
        Assert.Null(RunReport.Build(await run.SaveAsync()).Deployment);
    }

    private Task<DeploymentComparison> CompareAsync(PlanEconomics economics)
    {
        EvalPlan plan = PricedRun.Plan(
            economics,
            CandidatePlan.Candidate("web", Sensitivity.Confidential, deployment: InternetTraining),
            CandidatePlan.Candidate("reasoned", Sensitivity.Confidential, deployment: InternetTraining with { ClearanceReason = "契約で学習利用を停止済み" }),
            CandidatePlan.Candidate("platform", Sensitivity.Internal),
            CandidatePlan.Candidate("onprem", Sensitivity.Confidential));
        return CandidatePlan.CompareAsync(folder, Items, plan, run =>
        {
            run.NotAnswered("in1", "web", ResponseStatus.Withheld).NotAnswered("co1", "web", ResponseStatus.Withheld);
        });
    }
}
