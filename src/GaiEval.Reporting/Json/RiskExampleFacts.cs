namespace GaiEval.Reporting.Json;

/// <summary>A worst example in analysis.json: which figure it failed, the item (bias pair: members joined by 「・」) and repeat.</summary>
public sealed record RiskExampleFacts(string Metric, string ItemId, int Repeat);
