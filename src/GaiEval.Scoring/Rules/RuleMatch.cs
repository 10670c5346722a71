namespace GaiEval.Scoring.Rules;

/// <summary>How a response fared against an item's must_include groups and must_not_include strings.</summary>
public sealed record RuleMatch(
    IReadOnlyList<IReadOnlyList<string>> MatchedGroups,
    IReadOnlyList<IReadOnlyList<string>> MissingGroups,
    IReadOnlyList<string> ForbiddenHits)
{
    public int GroupCount => MatchedGroups.Count + MissingGroups.Count;

    /// <summary>Matched groups ÷ groups; null when the item has no group.</summary>
    public double? Coverage => GroupCount == 0 ? null : (double)MatchedGroups.Count / GroupCount;

    /// <summary>「未充足: [8時30分|8:30]、[300円]」, or null when every group matched.</summary>
    public string? DescribeMissing() =>
        MissingGroups.Count == 0 ? null : "未充足: " + string.Join("、", MissingGroups.Select(FormatGroup));

    /// <summary>「禁止語: 24時間、10万円」, or null when no forbidden string was found.</summary>
    public string? DescribeForbidden() =>
        ForbiddenHits.Count == 0 ? null : "禁止語: " + string.Join("、", ForbiddenHits);

    public static string FormatGroup(IReadOnlyList<string> group) => "[" + string.Join("|", group) + "]";
}
