namespace GaiEval.Core.Analysis.Deployment;

/// <summary>
/// The share of the work a method may legally receive under the clearance policy: of the test set's items, and of the real
/// monthly workload when the plan gives volumes per sensitivity (<c>economics.monthly_volume_by_sensitivity</c>).
/// </summary>
/// <param name="Items">Items of the test set at or below the method's ceiling.</param>
/// <param name="TestSetItems">All items of the test set.</param>
/// <param name="Workload">Tasks a month at or below the ceiling; null when the plan gives no volume per sensitivity.</param>
/// <param name="WorkloadTotal">All tasks a month over the sensitivities the plan names; null likewise.</param>
public sealed record Coverage(int Items, int TestSetItems, double? Workload, double? WorkloadTotal)
{
    public double ItemShare => TestSetItems == 0 ? 0 : (double)Items / TestSetItems;

    /// <summary>Null when the plan gives no volume per sensitivity or they add up to 0.</summary>
    public double? WorkloadShare => WorkloadTotal is > 0 ? Workload / WorkloadTotal : null;
}
