namespace GaiEval.Reporting.Json;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Deployment;
using GaiEval.Core.Plans;

/// <summary>
/// The candidate methods side by side in analysis.json (<see cref="DeploymentComparison"/>): columns, common-call
/// comparisons, the recommendation per data class with its rule, and its cost sensitivity; the workload keyed by the
/// plan's sensitivity names (public, internal, confidential).
/// </summary>
public sealed record DeploymentFacts(
    IReadOnlyList<CandidateColumn> Candidates,
    int CommonCalls,
    IReadOnlyList<PairedComparison> CommonComparisons,
    IReadOnlyList<DataClassRecommendation> Recommendations,
    CostSensitivity CostSensitivity,
    string? Currency,
    IReadOnlyDictionary<string, double>? WorkloadBySensitivity,
    IReadOnlyList<string> RecommendationRule,
    IReadOnlyList<string> Notes)
{
    public static DeploymentFacts Of(DeploymentComparison deployment)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        return new(
            deployment.Candidates,
            deployment.CommonCalls,
            deployment.CommonComparisons,
            deployment.Recommendations,
            deployment.CostSensitivity,
            deployment.Currency,
            deployment.WorkloadBySensitivity?.OrderBy(w => w.Key).ToDictionary(
                w => SensitivityNames.ByName.Single(n => n.Value == w.Key).Key, w => w.Value, StringComparer.Ordinal),
            deployment.RecommendationRule,
            deployment.Notes);
    }
}
