namespace GaiEval.Core.Rounds.Leaderboard;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Statistics;

/// <summary>
/// Ranks submissions with honest ties. Every submission with an observation (a decided answer, or a failed call counted
/// as incorrect) is compared on the calls all of them have an observation for. Two submissions are separated only when their 95% Wilson intervals do not overlap and the
/// exact McNemar test, Holm-adjusted across every pair of the table, is below <c>alpha</c>; else they are tied. A
/// submission's rank is 1 + the number of submissions separated from it and above it, so ties share a rank and no
/// order is claimed that the data does not support.
/// </summary>
public static class LeaderboardRanker
{
    public const double Alpha = 0.05;

    public static LeaderboardRanking Rank(IReadOnlyList<SubmissionCalls> submissions, double alpha = Alpha)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        List<SubmissionCalls> measured = [.. submissions.Where(s => s.Decided.Count > 0)];
        HashSet<(string ItemId, int Repeat)> common = measured.Count == 0 ? [] : [.. measured[0].Decided.Keys];
        foreach (SubmissionCalls other in measured.Skip(1))
        {
            common.IntersectWith(other.Decided.Keys);
        }

        if (common.Count == 0)
        {
            return new LeaderboardRanking(0, [], [], [.. submissions.Select(s => s.ProviderId)]);
        }

        List<Proportion> accuracy = [.. measured.Select(s => Proportion.Wilson(common.Count(key => s.Decided[key]), common.Count))];
        var tables = new List<(int A, int B, int OnlyA, int OnlyB)>();
        for (int a = 0; a < measured.Count; a++)
        {
            for (int b = a + 1; b < measured.Count; b++)
            {
                int onlyA = common.Count(key => measured[a].Decided[key] && !measured[b].Decided[key]);
                int onlyB = common.Count(key => !measured[a].Decided[key] && measured[b].Decided[key]);
                tables.Add((a, b, onlyA, onlyB));
            }
        }

        List<double> pValues = [.. tables.Select(t => McNemar.ExactP(t.OnlyA, t.OnlyB))];
        IReadOnlyList<double> adjusted = Holm.Adjust(pValues);
        List<PairSeparation> pairs = [.. tables.Select((t, i) =>
        {
            Proportion a = accuracy[t.A];
            Proportion b = accuracy[t.B];
            bool overlap = a.Low <= b.High && b.Low <= a.High;
            bool significant = adjusted[i] < alpha;
            string? higher = !overlap && significant ? (a.Successes > b.Successes ? measured[t.A] : measured[t.B]).ProviderId : null;
            return new PairSeparation(measured[t.A].ProviderId, measured[t.B].ProviderId, t.OnlyA, t.OnlyB, pValues[i], adjusted[i], overlap, significant, higher);
        })];
        List<Standing> standings = [.. measured.Select((s, i) => new Standing(
            s.ProviderId,
            accuracy[i],
            1 + pairs.Count(p => p.Involves(s.ProviderId) && p.Higher is { } higher && higher != s.ProviderId),
            [.. pairs.Where(p => p.Involves(s.ProviderId) && !p.Separated).Select(p => p.Other(s.ProviderId))]))
            .OrderBy(s => s.Rank)];
        return new LeaderboardRanking(common.Count, standings, pairs, [.. submissions.Where(s => s.Decided.Count == 0).Select(s => s.ProviderId)]);
    }
}
