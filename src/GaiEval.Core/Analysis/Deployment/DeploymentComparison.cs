namespace GaiEval.Core.Analysis.Deployment;

using GaiEval.Core.Model;

/// <summary>
/// The candidate methods side by side, as the wards' report compares them (quality, coverage, cost, ease, customisation,
/// security, uses), with the paired differences on the calls all of them answered, the recommendation per data class and
/// the sensitivity of the cost conclusion. Built once by <see cref="DeploymentComparisonBuilder"/>.
/// </summary>
public sealed record DeploymentComparison
{
    /// <summary>The candidates (<c>candidate: true</c>) in plan order.</summary>
    public required IReadOnlyList<CandidateColumn> Candidates { get; init; }

    /// <summary>Calls (item × repeat) that every candidate answered and had scored.</summary>
    public required int CommonCalls { get; init; }

    /// <summary>Every pair of candidates on the common calls, Holm-adjusted across these pairs.</summary>
    public required IReadOnlyList<PairedComparison> CommonComparisons { get; init; }

    /// <summary>Per sensitivity (every use) and then per sensitivity and use, as the test set has them.</summary>
    public required IReadOnlyList<DataClassRecommendation> Recommendations { get; init; }

    public required CostSensitivity CostSensitivity { get; init; }

    /// <summary>The plan's currency; null without economics.</summary>
    public string? Currency { get; init; }

    /// <summary>The plan's monthly volume per sensitivity; null when it gives none.</summary>
    public IReadOnlyDictionary<Sensitivity, double>? WorkloadBySensitivity { get; init; }

    /// <summary>The rule behind <see cref="Recommendations"/>, step by step, in Japanese.</summary>
    public IReadOnlyList<string> RecommendationRule { get; init; } = Deployment.RecommendationRule.Steps;

    /// <summary>Why a part is missing or how to read it, in Japanese.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}
