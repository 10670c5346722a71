namespace GaiEval.Core.Analysis.Risk;

/// <summary>
/// One output check (<see cref="Scoring.MetricNames.RiskChecks"/>) over every answer of a provider, test set and probes:
/// the answers flagged over those checked, the findings summed, and the answers without the check's score.
/// </summary>
public sealed record OutputCheck(string Metric, string Label, Proportion Flagged, double Findings, int Missing);
