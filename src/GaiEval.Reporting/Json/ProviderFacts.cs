namespace GaiEval.Reporting.Json;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;

/// <summary>One provider's settings in analysis.json: what it is and how it was called, never a key or a system prompt.</summary>
public sealed record ProviderFacts(
    string Id,
    string Name,
    DeploymentMethod Method,
    string Adapter,
    string? Model,
    double? Temperature,
    int? MaxOutputTokens,
    Sensitivity Clearance,
    bool Candidate,
    Pricing? Pricing)
{
    public static ProviderFacts Of(ProviderProfile p) =>
        new(p.Id, p.Name, p.Method, p.Adapter, p.Model, p.Temperature, p.MaxOutputTokens, p.Clearance, p.Candidate, p.Pricing);
}
