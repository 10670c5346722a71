namespace GaiEval.Reporting.Html;

/// <summary>
/// Which items report.html shows when they do not all fit: the items with a wrong or failed answer first, then those with
/// an answer still without a verdict (判定保留・未採点), then the others, up to <see cref="DrilldownLimits.MaxCards"/> of
/// which <see cref="DrilldownLimits.OthersReserved"/> stay for the others. A group that does not fit whole is sampled at
/// even steps in test-set order (deterministic: the same run always shows the same items).
/// </summary>
internal sealed class DrilldownSelection
{
    private DrilldownSelection(IReadOnlyList<DrilldownGroup> groups)
    {
        Groups = groups;
    }

    /// <summary>The groups in the order they are shown, each with the items chosen from it in test-set order.</summary>
    public IReadOnlyList<DrilldownGroup> Groups { get; }

    public static DrilldownSelection Choose(DrilldownCard card, int maxCards, int othersReserved)
    {
        List<int> failed = [];
        List<int> undecided = [];
        List<int> others = [];
        for (int index = 0; index < card.Items.Count; index++)
        {
            DrilldownCells cells = card.Cells(index);
            (cells.FailedProviderIndexes().Any() ? failed : cells.Undecided() ? undecided : others).Add(index);
        }

        int reserved = Math.Min(othersReserved, others.Count);
        DrilldownGroup failedGroup = Group("誤答・失敗のある項目", failed, maxCards - reserved);
        DrilldownGroup undecidedGroup = Group("判定保留・未採点の回答がある項目", undecided, maxCards - reserved - failedGroup.Chosen.Count);
        DrilldownGroup othersGroup = Group("その他の項目", others, maxCards - failedGroup.Chosen.Count - undecidedGroup.Chosen.Count);
        return new DrilldownSelection([failedGroup, undecidedGroup, othersGroup]);
    }

    /// <summary><paramref name="count"/> members at even steps from the first, in their order.</summary>
    public static List<int> EvenlySpaced(IReadOnlyList<int> members, int count) =>
        [.. Enumerable.Range(0, count).Select(i => members[(int)((long)i * members.Count / count)])];

    private static DrilldownGroup Group(string name, List<int> members, int room) =>
        new(name, members.Count, EvenlySpaced(members, Math.Min(room, members.Count)));
}
