namespace GaiEval.Core.Analysis.Statistics;

/// <summary>A sample and the statistics to bootstrap on it, for <see cref="Bootstrap.Together"/>.</summary>
/// <param name="Values">The sample, in any order.</param>
/// <param name="Statistics">Each gets an estimate, in this order.</param>
public sealed record BootstrapSample(IReadOnlyList<double> Values, IReadOnlyList<ResampleStatistic> Statistics);
