namespace GaiEval.Core.Analysis;

/// <summary>Token counts of the calls that have one: mean and p95 with bootstrap intervals (n in each), and the total.</summary>
public sealed record TokenStatistics(Estimate Mean, Estimate P95, long Total);
