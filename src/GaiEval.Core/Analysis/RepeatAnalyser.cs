namespace GaiEval.Core.Analysis;

using GaiEval.Core.Results;

/// <summary>Builds a provider's <see cref="RepeatAnalysis"/>: agreement per item and the spread of accuracy across repeats.</summary>
internal static class RepeatAnalyser
{
    public static RepeatAnalysis Analyse(ProviderCalls calls, int repeats)
    {
        List<Estimate> byRepeat = [.. Enumerable.Range(1, repeats).Select(r => calls.AccuracyOf(calls.Answered.Where(c => c.Repeat == r)))];
        List<double> accuracies = [.. byRepeat.Select(e => e.Value).OfType<double>()];
        return new RepeatAnalysis
        {
            Consistency = Consistency(calls, repeats),
            AccuracyByRepeat = byRepeat,
            MinAccuracy = accuracies.Count == 0 ? null : accuracies.Min(),
            MaxAccuracy = accuracies.Count == 0 ? null : accuracies.Max(),
            AccuracyStandardDeviation = accuracies.Count < 2 ? null : MathNet.Numerics.Statistics.Statistics.StandardDeviation(accuracies),
        };
    }

    private static Estimate Consistency(ProviderCalls calls, int repeats)
    {
        List<List<bool>> complete = [.. calls.Answered
            .Select(r => (Response: r, Correct: calls.Correct(r)))
            .Where(x => x.Correct is not null)
            .GroupBy(x => x.Response.ItemId, StringComparer.Ordinal)
            .Select(g => g.DistinctBy(x => x.Response.Repeat).Select(x => x.Correct!.Value).ToList())
            .Where(outcomes => outcomes.Count == repeats)];
        return ProviderCalls.Share(complete.Count(outcomes => outcomes.Distinct().Count() == 1), complete.Count);
    }
}
