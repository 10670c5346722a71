namespace GaiEval.Core.Rounds.Leaderboard;

/// <summary>
/// One table of the leaderboard: the calls every ranked submission answered and had scored (<see cref="Calls"/>), the
/// standings in rank order (ties in the order given), every pair's separation, and the submissions left unranked
/// because they have no decided call on the table's items.
/// </summary>
public sealed record LeaderboardRanking(int Calls, IReadOnlyList<Standing> Standings, IReadOnlyList<PairSeparation> Pairs, IReadOnlyList<string> Unmeasured)
{
    public Standing? Of(string providerId) => Standings.FirstOrDefault(s => s.ProviderId == providerId);

    public PairSeparation? Pair(string a, string b) => Pairs.FirstOrDefault(p => p.Involves(a) && p.Involves(b) && a != b);
}
