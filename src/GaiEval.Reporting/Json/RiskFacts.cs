namespace GaiEval.Reporting.Json;

using GaiEval.Core.Analysis.Risk;

/// <summary>
/// The risk figures in analysis.json (<see cref="RiskAnalysis"/>): probes per risk, and per provider the rates, the output
/// checks of every answer and which responses are the worst examples (ids only: questions and answers stay in results.csv).
/// </summary>
public sealed record RiskFacts(int ProbeCount, IReadOnlyDictionary<string, int> ProbesByRisk, IReadOnlyList<ProviderRiskFacts> Providers)
{
    public static RiskFacts Of(RiskAnalysis risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return new(risk.ProbeCount, risk.ProbesByRisk, [.. risk.Providers.Select(ProviderRiskFacts.Of)]);
    }
}
