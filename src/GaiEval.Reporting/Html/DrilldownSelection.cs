namespace GaiEval.Reporting.Html;

/// <summary>
/// Which items report.html shows when they do not all fit: the items with a wrong or failed answer first, then those with
/// an answer still without a verdict (判定保留・未採点), then the others, up to <see cref="DrilldownLimits.MaxCards"/>. A
/// group that does not fit whole is sampled at even steps in test-set order (deterministic: the same run always shows the
/// same items).
/// </summary>
internal sealed class DrilldownSelection
{
    private DrilldownSelection(IReadOnlyList<DrilldownGroup> groups)
    {
        Groups = groups;
    }

    /// <summary>The groups in the order they are shown, each with the items chosen from it in test-set order.</summary>
    public IReadOnlyList<DrilldownGroup> Groups { get; }

    public static DrilldownSelection Choose(DrilldownCard card, int maxCards)
    {
        List<int> failed = [];
        List<int> undecided = [];
        List<int> others = [];
        for (int index = 0; index < card.Items.Count; index++)
        {
            DrilldownCells cells = card.Cells(index);
            (cells.FailedProviderIndexes().Any() ? failed : cells.Undecided() ? undecided : others).Add(index);
        }

        int left = maxCards;
        List<DrilldownGroup> groups = [];
        foreach ((string name, List<int> members) in new[] { ("誤答・失敗のある項目", failed), ("判定保留・未採点の回答がある項目", undecided), ("その他の項目", others) })
        {
            List<int> chosen = EvenlySpaced(members, Math.Min(left, members.Count));
            left -= chosen.Count;
            groups.Add(new DrilldownGroup(name, members.Count, chosen));
        }

        return new DrilldownSelection(groups);
    }

    /// <summary><paramref name="count"/> members at even steps from the first, in their order.</summary>
    public static List<int> EvenlySpaced(IReadOnlyList<int> members, int count) =>
        [.. Enumerable.Range(0, count).Select(i => members[(int)((long)i * members.Count / count)])];
}
