namespace GaiEval.Core.Analysis.Contamination;

using GaiEval.Core.Analysis.Statistics;
using GaiEval.Core.Model;
using GaiEval.Core.Results;

/// <summary>
/// The public-versus-hidden accuracy gap of every provider, for runs whose test set has both splits (a vendor round).
/// Public and hidden items are different questions, so the two accuracies are independent samples: the test is Fisher's
/// exact test and the interval Newcombe's for independent proportions, not a paired test.
/// </summary>
public static class SplitGapAnalyser
{
    public static IReadOnlyList<SplitGap> Analyse(RunResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (!results.Items.Any(i => i.Split == ItemSplit.Public) || !results.Items.Any(i => i.Split == ItemSplit.Hidden))
        {
            return [];
        }

        return [.. results.Plan.Providers.Select(provider =>
        {
            List<(ItemSplit Split, bool? Correct)> answers =
            [
                .. results.Responses
                    .Where(r => r.ProviderId == provider.Id && r.Status == ResponseStatus.Ok && r.Repeat == 1)
                    .Select(r => (results.ItemsById[r.ItemId].Split, results.Correct(r.Key)))
                    .Where(a => a.Split is ItemSplit.Public or ItemSplit.Hidden),
            ];
            (int correct, int n) Tally(ItemSplit split) =>
                (answers.Count(a => a.Split == split && a.Correct == true), answers.Count(a => a.Split == split && a.Correct is not null));
            (int publicCorrect, int publicN) = Tally(ItemSplit.Public);
            (int hiddenCorrect, int hiddenN) = Tally(ItemSplit.Hidden);
            return new SplitGap(
                provider.Id,
                provider.Name,
                Proportion.Wilson(publicCorrect, publicN),
                Proportion.Wilson(hiddenCorrect, hiddenN),
                IndependentDifference.Newcombe(publicCorrect, publicN, hiddenCorrect, hiddenN),
                IndependentDifference.FisherTwoSided(publicCorrect, publicN, hiddenCorrect, hiddenN),
                answers.Count(a => a.Correct is null));
        })];
    }
}
