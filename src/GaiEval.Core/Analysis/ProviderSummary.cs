namespace GaiEval.Core.Analysis;

using GaiEval.Core.Plans;

/// <summary>One provider's headline figures in a run.</summary>
public sealed record ProviderSummary
{
    public required string ProviderId { get; init; }

    public required string Name { get; init; }

    public required DeploymentMethod Method { get; init; }

    /// <summary>Calls the run should make: items × repeats.</summary>
    public required int Planned { get; init; }

    /// <summary>Calls stored (answered, failed or withheld).</summary>
    public required int Stored { get; init; }

    public required int Failed { get; init; }

    public required int Withheld { get; init; }

    /// <summary>Answered items without a verdict that the rules did not leave undecided (no rule): they await a judge or people.</summary>
    public required int Unscored { get; init; }

    /// <summary>Answered items the rules left undecided (a leaky refusal) and no judge or person decided: they await review.</summary>
    public int RuleUndecided { get; init; }

    /// <summary>正答率 over the answers scored by rules.</summary>
    public required Proportion Accuracy { get; init; }

    /// <summary>Share of refuse items that were refused.</summary>
    public required Proportion RefusalAccuracy { get; init; }

    public double? MeanCharF1 { get; init; }

    public double? LatencyP50Ms { get; init; }

    public double? LatencyP95Ms { get; init; }

    public double? MeanInputTokens { get; init; }

    public double? MeanOutputTokens { get; init; }

    /// <summary>True when any token count was estimated rather than reported.</summary>
    public bool TokensEstimated { get; init; }
}
