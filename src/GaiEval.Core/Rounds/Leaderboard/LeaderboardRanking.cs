namespace GaiEval.Core.Rounds.Leaderboard;

/// <summary>
/// One table of the leaderboard: the items (first repeat) every ranked submission has an observation for (<see cref="Calls"/>), the
/// standings in rank order (ties in the order given), every pair's separation, and the submissions left unranked
/// because they have no observation on the table's items.
/// </summary>
public sealed record LeaderboardRanking(int Calls, IReadOnlyList<Standing> Standings, IReadOnlyList<PairSeparation> Pairs, IReadOnlyList<string> Unmeasured)
{
    /// <summary>The split's items left out of the comparison and why (set by the leaderboard's builder).</summary>
    public RankingExclusions Exclusions { get; init; } = RankingExclusions.None;

    public Standing? Of(string providerId) => Standings.FirstOrDefault(s => s.ProviderId == providerId);

    public PairSeparation? Pair(string a, string b) => Pairs.FirstOrDefault(p => p.Involves(a) && p.Involves(b) && a != b);
}
