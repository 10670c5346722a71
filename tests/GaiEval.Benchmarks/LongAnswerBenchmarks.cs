namespace GaiEval.Benchmarks;

using BenchmarkDotNet.Attributes;
using GaiEval.Providers.Tokens;

/// <summary>
/// The token estimate of an answer a model stuck in a loop produces: one character repeated 200,000 times, which byte-pair
/// encoding would take as one pre-token (quadratic) without the estimator's pieces.
/// </summary>
[MemoryDiagnoser]
public class LongAnswerBenchmarks
{
    private readonly string loop = new('あ', 200_000);
    private readonly TokenEstimator estimator = TokenEstimator.For(TokenEstimator.O200kBase);

    [Benchmark]
    public int TokenEstimateOfARepeatedCharacter() => estimator.CountTokens(loop);
}
