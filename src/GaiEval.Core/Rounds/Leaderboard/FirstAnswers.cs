namespace GaiEval.Core.Rounds.Leaderboard;

/// <summary>
/// One submission's first-repeat observations on the items of one split: decided answers and failed calls (incorrect),
/// and apart from them the items it answered undecided and those withheld from it.
/// </summary>
internal sealed record FirstAnswers(string ProviderId, IReadOnlyDictionary<string, bool> Observed, IReadOnlySet<string> Undecided, IReadOnlySet<string> Withheld)
{
    public SubmissionCalls Calls => new(ProviderId, Observed.ToDictionary(o => (o.Key, 1), o => o.Value));
}
