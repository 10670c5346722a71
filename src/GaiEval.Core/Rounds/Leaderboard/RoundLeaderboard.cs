namespace GaiEval.Core.Rounds.Leaderboard;

using GaiEval.Core.Plans;
using GaiEval.Core.Results;

/// <summary>
/// A round's leaderboard: the official ranking (endpoints on the hidden items), the reference table on the public items
/// (every submission), and each submission's entry, with the run and the round's settings hash.
/// </summary>
public sealed record RoundLeaderboard
{
    public required RoundRun Round { get; init; }

    public required RunInfo Run { get; init; }

    public required IReadOnlyList<Criterion> Criteria { get; init; }

    /// <summary>What must be shown above the tables (changed criteria, an unfinished run).</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Endpoint submissions on the hidden items.</summary>
    public required LeaderboardRanking Official { get; init; }

    /// <summary>Every submission on the public items (reference only: they could be practised).</summary>
    public required LeaderboardRanking Practice { get; init; }

    public required IReadOnlyList<LeaderboardEntry> Entries { get; init; }

    /// <summary>Submissions' own answers left out of their feedback because they contain hidden or private text (for the ward).</summary>
    public IReadOnlyList<OmittedAnswer> OmittedAnswers { get; init; } = [];

    public LeaderboardEntry EntryOf(string providerId) => Entries.Single(e => e.Entry.ProviderId == providerId);
}
