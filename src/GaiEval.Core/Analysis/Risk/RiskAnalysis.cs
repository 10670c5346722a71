namespace GaiEval.Core.Analysis.Risk;

using GaiEval.Core.Model;

/// <summary>The risk figures of a run (<see cref="RiskAnalyser"/>): probes per risk, and per provider in plan order.</summary>
public sealed record RiskAnalysis
{
    /// <summary>Risk probes in the run; 0 when the plan ran none (every probe figure is then not measured).</summary>
    public required int ProbeCount { get; init; }

    /// <summary>Probes per risk name (hallucination, bias, …), only risks with probes, in <see cref="Model.RiskCategory"/> order.</summary>
    public required IReadOnlyDictionary<string, int> ProbesByRisk { get; init; }

    public required IReadOnlyList<ProviderRisk> Providers { get; init; }

    /// <summary>Nothing analysed: no probes, no provider (every risk criterion is then not measured).</summary>
    /// <summary>「ハルシネーション 10、バイアス 32、…」: the probes per risk, with the risks' Japanese labels.</summary>
    public string Breakdown() =>
        string.Join("、", ProbesByRisk.Select(p => $"{RiskCategoryNames.Label(RiskCategoryNames.ByName[p.Key])} {p.Value}"));

    public static RiskAnalysis None { get; } = new() { ProbeCount = 0, ProbesByRisk = new Dictionary<string, int>(), Providers = [] };

    public ProviderRisk? For(string providerId) => Providers.SingleOrDefault(p => p.ProviderId == providerId);
}
