namespace GaiEval.Reporting.Json;

using GaiEval.Core.Analysis;

/// <summary>One KPI metric a criterion may name: its figure, or why it is not measured.</summary>
public sealed record KpiMetricFacts(string Name, Estimate? Estimate, string? WhyNotMeasured);
