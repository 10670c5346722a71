namespace GaiEval.Benchmarks;

using BenchmarkDotNet.Attributes;
using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Statistics;

/// <summary>
/// The bootstraps of a 3,200-answer run, as the analysis of <c>scale-run --items 3200</c> does them: one sample's token
/// counts (mean and p95 from the same resamples), each resample written out (<see cref="Bootstrap.Of"/>) or read from its
/// counts (<see cref="Bootstrap.Together"/>); and a provider's five samples (latency, time to first token and total
/// percentiles, input and output tokens), which share their draws when bootstrapped together.
/// </summary>
[MemoryDiagnoser]
public class BootstrapBenchmarks
{
    private static readonly ResampleStatistic[] MeanAndP95Statistics = [ResampleStatistic.Mean, ResampleStatistic.Percentile(0.95)];

    private static readonly ResampleStatistic[] LatencyPercentiles = [.. new[] { 0.50, 0.90, 0.95, 0.99 }.Select(ResampleStatistic.Percentile)];

    private double[] values = [];

    private BootstrapSample[] provider = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240401);
        values = [.. Enumerable.Range(0, 3200).Select(_ => (double)random.Next(40, 400))];
        double[] Times() => [.. Enumerable.Range(0, 3200).Select(_ => 100 + (random.NextDouble() * 40))];
        provider =
        [
            new(Times(), LatencyPercentiles),
            new(Times(), LatencyPercentiles),
            new(Times(), [ResampleStatistic.Percentile(0.95)]),
            new(values, MeanAndP95Statistics),
            new([.. values.Select(v => v * 2)], MeanAndP95Statistics),
        ];
    }

    [Benchmark(Baseline = true)]
    public double MeanAndP95() =>
        Bootstrap.Of(values, [Bootstrap.Mean, sorted => Percentile.Of(sorted, 0.95)!.Value])![0].High;

    [Benchmark]
    public double MeanAndP95Tallied() =>
        Bootstrap.Together([new BootstrapSample(values, MeanAndP95Statistics)])[0]![0].High;

    [Benchmark]
    public double ProviderOneByOne() =>
        provider.Sum(sample => Bootstrap.Of(sample.Values, [.. sample.Statistics.Select(s => (Func<IReadOnlyList<double>, double>)s.Of)])![0].High);

    [Benchmark]
    public double ProviderTogether() =>
        Bootstrap.Together(provider).Sum(estimates => estimates![0].High);
}
