namespace GaiEval.Reporting.Json;

using GaiEval.Core.Analysis.Risk;

/// <summary>One provider's risk figures in analysis.json; the worst examples by id, without texts or findings.</summary>
public sealed record ProviderRiskFacts(
    string ProviderId,
    string Name,
    IReadOnlyList<RiskRate> Rates,
    IReadOnlyList<OutputCheck> OutputChecks,
    IReadOnlyList<RiskExampleFacts> WorstExamples)
{
    public static ProviderRiskFacts Of(ProviderRisk provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return new(
            provider.ProviderId,
            provider.Name,
            provider.Rates,
            provider.OutputChecks,
            [.. provider.WorstExamples.Select(e => new RiskExampleFacts(e.Metric, e.ItemId, e.Repeat))]);
    }
}
