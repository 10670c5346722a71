namespace GaiEval.Core.Kpi.Measures;

using GaiEval.Core.Analysis;

/// <summary>One point of a KPI's series: the wave or month, and the figure with its interval and method.</summary>
public sealed record TrendPoint(string Period, Estimate Value);
