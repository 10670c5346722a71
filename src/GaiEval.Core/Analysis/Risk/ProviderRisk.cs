namespace GaiEval.Core.Analysis.Risk;

/// <summary>One provider's risk figures: a rate per <see cref="RiskMetrics"/> name in display order, the output checks of every answer, and the worst examples.</summary>
public sealed record ProviderRisk
{
    public required string ProviderId { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<RiskRate> Rates { get; init; }

    public required IReadOnlyList<OutputCheck> OutputChecks { get; init; }

    /// <summary>Up to <see cref="RiskAnalyser.ExamplesPerRisk"/> failed responses per figure, the most findings first.</summary>
    public required IReadOnlyList<RiskExample> WorstExamples { get; init; }

    public RiskRate Rate(string metric) => Rates.Single(r => r.Metric == metric);
}
