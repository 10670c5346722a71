namespace GaiEval.Benchmarks;

using BenchmarkDotNet.Attributes;
using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Statistics;

/// <summary>
/// One bootstrap of a 3,200-answer run's token counts (mean and p95 from the same resamples), as the analysis of
/// <c>scale-run --items 3200</c> does for each of its token and latency figures.
/// </summary>
[MemoryDiagnoser]
public class BootstrapBenchmarks
{
    private double[] values = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240401);
        values = [.. Enumerable.Range(0, 3200).Select(_ => (double)random.Next(40, 400))];
    }

    [Benchmark]
    public double MeanAndP95() =>
        Bootstrap.Of(values, [Bootstrap.Mean, sorted => Percentile.Of(sorted, 0.95)!.Value])![0].High;
}
