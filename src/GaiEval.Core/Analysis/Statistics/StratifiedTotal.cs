namespace GaiEval.Core.Analysis.Statistics;

/// <summary>The strata's means and the total Σ size × mean, each with its bootstrap interval (<see cref="StratifiedBootstrap"/>).</summary>
public sealed record StratifiedTotal(IReadOnlyList<Estimate> Means, Estimate Total);
