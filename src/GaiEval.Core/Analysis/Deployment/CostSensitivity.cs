namespace GaiEval.Core.Analysis.Deployment;

using GaiEval.Core.Analysis.Economics;

/// <summary>
/// The cost conclusion recomputed under <see cref="CostScenario.All"/>: the recommended candidate of every data class and the
/// break-even of every pair of candidates, one value per scenario, so a reader sees whether the choice rests on a guess.
/// </summary>
public sealed record CostSensitivity
{
    public required IReadOnlyList<CostScenario> Scenarios { get; init; }

    public required IReadOnlyList<RecommendationUnderScenarios> Recommendations { get; init; }

    public required IReadOnlyList<BreakEvenUnderScenarios> BreakEvens { get; init; }
}

/// <param name="RecommendedIds">Per scenario, the recommended provider id (null: none recommended).</param>
/// <param name="Kinds">Per scenario, what the rule said (why nothing is recommended where the id is null).</param>
public sealed record RecommendationUnderScenarios(DataClass Class, IReadOnlyList<string?> RecommendedIds, IReadOnlyList<RecommendationKind> Kinds)
{
    /// <summary>Whether any scenario recommends otherwise than the plan's figures.</summary>
    public bool DependsOnAssumptions => RecommendedIds.Zip(Kinds).Distinct().Count() > 1;
}

/// <param name="PerScenario">Per scenario, the break-even at that exchange rate and which is cheaper at that volume.</param>
public sealed record BreakEvenUnderScenarios(string FirstProviderId, string SecondProviderId, IReadOnlyList<BreakEven> PerScenario)
{
    public bool DependsOnAssumptions => PerScenario.Select(b => b.CheaperAtPlanVolume).Distinct().Count() > 1;
}
