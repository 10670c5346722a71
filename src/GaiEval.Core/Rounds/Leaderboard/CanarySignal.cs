namespace GaiEval.Core.Rounds.Leaderboard;

/// <summary>
/// The round's canary searched for in a submission's answers (every split): not measured when the round has no
/// canary.json or the submission has no answer to search.
/// </summary>
public sealed record CanarySignal(bool HasCanary, int Answers, int Hits)
{
    public bool Measured => HasCanary && Answers > 0;

    public bool Flagged => Measured && Hits > 0;
}
