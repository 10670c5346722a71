namespace GaiEval.Core.Analysis;

using GaiEval.Core.Analysis.Statistics;
using GaiEval.Core.Results;

/// <summary>Builds a provider's <see cref="TokenAnalysis"/> from its answered calls.</summary>
internal static class TokenAnalyser
{
    public static TokenAnalysis Analyse(ProviderCalls calls, int resamples)
    {
        List<ResponseSummary> counted = [.. calls.Answered.Where(r => r.InputTokens is not null || r.OutputTokens is not null)];
        return new TokenAnalysis
        {
            Input = Describe([.. counted.Select(r => r.InputTokens).OfType<long>()], resamples),
            Output = Describe([.. counted.Select(r => r.OutputTokens).OfType<long>()], resamples),
            EstimatedShare = ProviderCalls.Share(counted.Count(r => r.TokenSource == TokenSource.Estimated), counted.Count),
        };
    }

    private static double P95(IReadOnlyList<double> sorted) => Percentile.Of(sorted, 0.95)!.Value;

    private static TokenStatistics? Describe(List<long> tokens, int resamples)
    {
        if (tokens.Count == 0)
        {
            return null;
        }

        IReadOnlyList<Estimate> estimates = Bootstrap.Of([.. tokens.Select(t => (double)t)], [Bootstrap.Mean, P95], resamples)!;
        return new TokenStatistics(estimates[0], estimates[1], tokens.Sum());
    }
}
