namespace GaiEval.Core.Analysis;

/// <summary>Percentiles (type 7) of a set of times, each with its bootstrap interval and n.</summary>
public sealed record LatencyPercentiles(Estimate P50, Estimate P90, Estimate P95, Estimate P99);
