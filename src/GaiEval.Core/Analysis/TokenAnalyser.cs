namespace GaiEval.Core.Analysis;

using GaiEval.Core.Analysis.Statistics;
using GaiEval.Core.Results;

/// <summary>Builds a provider's <see cref="TokenAnalysis"/> from its answered calls.</summary>
internal static class TokenAnalyser
{
    private static readonly ResampleStatistic[] MeanAndP95 = [ResampleStatistic.Mean, ResampleStatistic.Percentile(0.95)];

    /// <summary>The input and the output token counts to bootstrap, in the order <see cref="Analyse"/> takes their estimates.</summary>
    public static IReadOnlyList<BootstrapSample> Samples(ProviderCalls calls)
    {
        List<ResponseSummary> counted = Counted(calls);
        return
        [
            new([.. Input(counted).Select(t => (double)t)], MeanAndP95),
            new([.. Output(counted).Select(t => (double)t)], MeanAndP95),
        ];
    }

    /// <param name="calls">The provider's calls.</param>
    /// <param name="estimates">The estimates of <see cref="Samples"/>, in its order.</param>
    public static TokenAnalysis Analyse(ProviderCalls calls, IReadOnlyList<IReadOnlyList<Estimate>?> estimates)
    {
        List<ResponseSummary> counted = Counted(calls);
        return new TokenAnalysis
        {
            Input = Describe(estimates[0], Input(counted)),
            Output = Describe(estimates[1], Output(counted)),
            EstimatedShare = ProviderCalls.Share(counted.Count(r => r.TokenSource == TokenSource.Estimated), counted.Count),
        };
    }

    private static List<ResponseSummary> Counted(ProviderCalls calls) =>
        [.. calls.Answered.Where(r => r.InputTokens is not null || r.OutputTokens is not null)];

    private static IEnumerable<long> Input(List<ResponseSummary> counted) => counted.Select(r => r.InputTokens).OfType<long>();

    private static IEnumerable<long> Output(List<ResponseSummary> counted) => counted.Select(r => r.OutputTokens).OfType<long>();

    private static TokenStatistics? Describe(IReadOnlyList<Estimate>? estimates, IEnumerable<long> tokens) =>
        estimates is null ? null : new TokenStatistics(estimates[0], estimates[1], tokens.Sum());
}
