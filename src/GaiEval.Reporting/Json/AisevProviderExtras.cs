namespace GaiEval.Reporting.Json;

/// <summary>GaiEval's own fields of an evaluation in aisev-scores.json: which provider of the plan it is.</summary>
public sealed record AisevProviderExtras(string ProviderId, string ProviderName);
