namespace GaiEval.Core.Analysis;

using GaiEval.Core.Analysis.Statistics;

/// <summary>Compares every pair of providers on the calls both answered and had scored, with Holm's adjustment across the pairs.</summary>
internal static class PairedComparisons
{
    public static IReadOnlyList<PairedComparison> Compare(IReadOnlyList<ProviderCalls> providers, double alpha) =>
        Compare(providers, [.. providers.Select(Scored)], alpha);

    /// <summary>
    /// Every pair compared on the calls that all <paramref name="providers"/> with any scored call answered and had scored,
    /// Holm-adjusted across these pairs; with the number of such calls and each provider's accuracy on them (Wilson). A
    /// provider with no scored call is left out of the intersection (its pairs have n = 0), so it cannot empty the set.
    /// </summary>
    public static (int Calls, IReadOnlyList<PairedComparison> Comparisons, IReadOnlyList<Estimate> Accuracy) CompareOnCommon(
        IReadOnlyList<ProviderCalls> providers, double alpha)
    {
        List<Dictionary<(string ItemId, int Repeat), bool>> scored = [.. providers.Select(Scored)];
        List<Dictionary<(string ItemId, int Repeat), bool>> measured = [.. scored.Where(s => s.Count > 0)];
        HashSet<(string ItemId, int Repeat)> common = measured.Count == 0 ? [] : [.. measured[0].Keys];
        foreach (Dictionary<(string ItemId, int Repeat), bool> other in measured.Skip(1))
        {
            common.IntersectWith(other.Keys);
        }

        List<Dictionary<(string ItemId, int Repeat), bool>> onCommon =
            [.. scored.Select(s => s.Where(x => common.Contains(x.Key)).ToDictionary(x => x.Key, x => x.Value))];
        return (common.Count, Compare(providers, onCommon, alpha), [.. onCommon.Select(s => ProviderCalls.Share(s.Values.Count(c => c), s.Count))]);
    }

    private static IReadOnlyList<PairedComparison> Compare(
        IReadOnlyList<ProviderCalls> providers, List<Dictionary<(string ItemId, int Repeat), bool>> scored, double alpha)
    {
        var tables = new List<(int A, int B, int[] Cells)>();
        for (int a = 0; a < providers.Count; a++)
        {
            for (int b = a + 1; b < providers.Count; b++)
            {
                tables.Add((a, b, Cells(scored[a], scored[b])));
            }
        }

        List<int> tested = [.. Enumerable.Range(0, tables.Count).Where(i => tables[i].Cells.Sum() > 0)];
        IReadOnlyList<double> adjusted = Holm.Adjust([.. tested.Select(i => PValue(tables[i].Cells))]);
        return [.. tables.Select((t, i) =>
        {
            int position = tested.IndexOf(i);
            return Build(providers[t.A], providers[t.B], t.Cells, position < 0 ? 1 : adjusted[position], alpha);
        })];
    }

    private static Dictionary<(string ItemId, int Repeat), bool> Scored(ProviderCalls calls) =>
        calls.Answered
            .Select(r => (Key: (r.ItemId, r.Repeat), Correct: calls.Correct(r)))
            .Where(x => x.Correct is not null)
            .DistinctBy(x => x.Key)
            .ToDictionary(x => x.Key, x => x.Correct!.Value);

    /// <summary>The paired table: both correct, only A, only B, neither.</summary>
    private static int[] Cells(Dictionary<(string ItemId, int Repeat), bool> a, Dictionary<(string ItemId, int Repeat), bool> b)
    {
        int[] cells = new int[4];
        foreach (((string ItemId, int Repeat) key, bool correctA) in a)
        {
            if (b.TryGetValue(key, out bool correctB))
            {
                cells[(correctA ? 0 : 2) + (correctB ? 0 : 1)]++;
            }
        }

        return cells;
    }

    private static double PValue(int[] cells) => McNemar.ExactP(cells[1], cells[2]);

    private static PairedComparison Build(ProviderCalls a, ProviderCalls b, int[] cells, double adjustedP, double alpha)
    {
        int n = cells.Sum();
        Estimate difference = PairedDifference.Newcombe(cells[0], cells[1], cells[2], cells[3]);
        ComparisonOutcome outcome = n > 0 && adjustedP < alpha
            ? cells[1] > cells[2] ? ComparisonOutcome.ABetter : ComparisonOutcome.BBetter
            : ComparisonOutcome.Indistinguishable;
        return new PairedComparison
        {
            ProviderA = a.Provider.Id,
            ProviderB = b.Provider.Id,
            N = n,
            AccuracyA = ProviderCalls.Share(cells[0] + cells[1], n),
            AccuracyB = ProviderCalls.Share(cells[0] + cells[2], n),
            Difference = difference,
            BothCorrect = cells[0],
            OnlyACorrect = cells[1],
            OnlyBCorrect = cells[2],
            NeitherCorrect = cells[3],
            PValue = PValue(cells),
            AdjustedPValue = adjustedP,
            Outcome = outcome,
            Sentence = ComparisonSentence.Write(a.Provider.Name, b.Provider.Name, difference, adjustedP, outcome),
        };
    }
}
