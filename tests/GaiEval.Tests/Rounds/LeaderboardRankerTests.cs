namespace GaiEval.Tests.Rounds;

using GaiEval.Core.Rounds.Leaderboard;

/// <summary>
/// Ties on the leaderboard, hand-checked: Wilson intervals (z = 1.95996) and exact McNemar p computed by hand for each
/// case; two submissions are separated only when the intervals do not overlap and the Holm-adjusted p is below 0.05.
/// </summary>
public sealed class LeaderboardRankerTests
{
    [Fact]
    public void Overlapping_intervals_are_a_tie_with_one_rank()
    {
        // A 7/10 [0.397, 0.892], B 6/10 [0.313, 0.832]; b = 1 (item 7), c = 0: McNemar p = 1.
        LeaderboardRanking ranking = LeaderboardRanker.Rank([Calls("a", 10, 1, 7), Calls("b", 10, 1, 6)]);

        Assert.Equal(10, ranking.Calls);
        Assert.Equal([("a", 1), ("b", 1)], ranking.Standings.Select(s => (s.ProviderId, s.Rank)));
        PairSeparation pair = Assert.Single(ranking.Pairs);
        Assert.Equal((true, false), (pair.IntervalsOverlap, pair.Separated));
        Assert.Equal(1.0, pair.AdjustedPValue, 12);
        Assert.Equal("区間が重なり、差も有意でない（Holm 補正後 p=1.000）", pair.Why);
        Assert.Equal(["b"], ranking.Of("a")!.TiedWith);
    }

    [Fact]
    public void Separated_intervals_with_a_paired_test_that_is_not_significant_are_a_tie()
    {
        // 16 calls, all discordant: A right on 12 (B wrong), B right on the other 4.
        // A 12/16 [0.505, 0.898], B 4/16 [0.102, 0.495]: the intervals do not overlap (0.495 < 0.505),
        // but McNemar exact p = 2·P(X ≤ 4 | n = 16, ½) = 2·2517/65536 = 0.0768 ≥ 0.05 (one pair: Holm leaves it).
        var a = new Dictionary<(string, int), bool>();
        var b = new Dictionary<(string, int), bool>();
        for (int i = 1; i <= 16; i++)
        {
            a[($"q{i}", 1)] = i <= 12;
            b[($"q{i}", 1)] = i > 12;
        }

        LeaderboardRanking ranking = LeaderboardRanker.Rank([new SubmissionCalls("a", a), new SubmissionCalls("b", b)]);

        PairSeparation pair = Assert.Single(ranking.Pairs);
        Assert.False(pair.IntervalsOverlap);
        Assert.Equal(2.0 * 2517 / 65536, pair.AdjustedPValue, 12);
        Assert.Equal([1, 1], ranking.Standings.Select(s => s.Rank));
        Assert.Equal("差が有意でない（Holm 補正後 p=0.077）", pair.Why);
    }

    [Fact]
    public void Clearly_separated_submissions_are_ranked()
    {
        // 20 calls: A right on 1..18, B on 1..4. A [0.699, 0.972], B [0.081, 0.416]; b = 14, c = 0: p = 2/2^14 = 0.000122.
        LeaderboardRanking ranking = LeaderboardRanker.Rank([Calls("b", 20, 1, 4), Calls("a", 20, 1, 18)]);

        Assert.Equal([("a", 1), ("b", 2)], ranking.Standings.Select(s => (s.ProviderId, s.Rank)));
        PairSeparation pair = Assert.Single(ranking.Pairs);
        Assert.Equal("a", pair.Higher);
        Assert.Equal(2.0 / 16384, pair.AdjustedPValue, 12);
        Assert.Empty(ranking.Of("a")!.TiedWith);
        Assert.Equal("区間が重ならず、差が有意（Holm 補正後 p=<0.001）", pair.Why);
    }

    [Fact]
    public void Three_submissions_where_only_the_first_and_last_are_separated_rank_one_one_two()
    {
        // 40 calls: A right on 1..36, B on 1..28, C on 1..16.
        // A 0.9 [0.769, 0.960], B 0.7 [0.546, 0.819], C 0.4 [0.263, 0.554].
        // Raw p: A–B 2/2^8 = 0.0078, A–C 2/2^20, B–C 2/2^12. Holm: A–C ×3, B–C ×2, A–B ×1 → all below 0.05.
        // A–B and B–C overlap (0.769 < 0.819, 0.546 < 0.554): tied despite significant tests; A–C separated.
        LeaderboardRanking ranking = LeaderboardRanker.Rank([Calls("a", 40, 1, 36), Calls("b", 40, 1, 28), Calls("c", 40, 1, 16)]);

        Assert.Equal([("a", 1), ("b", 1), ("c", 2)], ranking.Standings.Select(s => (s.ProviderId, s.Rank)));
        Assert.Equal(2.0 / 256, ranking.Pair("a", "b")!.AdjustedPValue, 12);
        Assert.Equal(3 * 2.0 / 1048576, ranking.Pair("a", "c")!.AdjustedPValue, 12);
        Assert.Equal(2 * 2.0 / 4096, ranking.Pair("b", "c")!.AdjustedPValue, 12);
        Assert.Equal("a", ranking.Pair("c", "a")!.Higher);
        Assert.Equal(["c"], ranking.Of("b")!.TiedWith.Skip(1));
        Assert.Equal(["b"], ranking.Of("c")!.TiedWith);
        Assert.Equal("区間が重なる（Holm 補正後 p=0.008 は有意だが、区間が重なるため差とはしない）", ranking.Pair("a", "b")!.Why);
    }

    [Fact]
    public void Only_the_calls_every_submission_decided_are_compared_and_a_submission_without_any_is_not_ranked()
    {
        // B left q3 undecided (absent) and answered nothing else beyond q1..q4: common calls q1, q2, q4.
        var a = new Dictionary<(string, int), bool> { [("q1", 1)] = true, [("q2", 1)] = true, [("q3", 1)] = true, [("q4", 1)] = false };
        var b = new Dictionary<(string, int), bool> { [("q1", 1)] = true, [("q2", 1)] = false, [("q4", 1)] = false };

        LeaderboardRanking ranking = LeaderboardRanker.Rank([new SubmissionCalls("a", a), new SubmissionCalls("b", b), new SubmissionCalls("c", new Dictionary<(string, int), bool>())]);

        Assert.Equal(3, ranking.Calls);
        Assert.Equal((2, 3), (ranking.Of("a")!.Accuracy.Successes, ranking.Of("a")!.Accuracy.N));
        Assert.Equal((1, 3), (ranking.Of("b")!.Accuracy.Successes, ranking.Of("b")!.Accuracy.N));
        Assert.Equal(["c"], ranking.Unmeasured);
        Assert.Null(ranking.Of("c"));
    }

    [Fact]
    public void Without_a_common_decided_call_nobody_is_ranked()
    {
        LeaderboardRanking ranking = LeaderboardRanker.Rank(
        [
            new SubmissionCalls("a", new Dictionary<(string, int), bool> { [("q1", 1)] = true }),
            new SubmissionCalls("b", new Dictionary<(string, int), bool> { [("q2", 1)] = true }),
        ]);

        Assert.Equal(0, ranking.Calls);
        Assert.Empty(ranking.Standings);
        Assert.Equal(["a", "b"], ranking.Unmeasured);
    }

    /// <summary>Calls q1..qN (repeat 1), correct from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static SubmissionCalls Calls(string id, int n, int from, int to) =>
        new(id, Enumerable.Range(1, n).ToDictionary(i => ($"q{i}", 1), i => i >= from && i <= to));
}
