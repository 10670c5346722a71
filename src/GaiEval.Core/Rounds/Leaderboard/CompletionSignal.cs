namespace GaiEval.Core.Rounds.Leaderboard;

using GaiEval.Core.Rounds.Contamination;

/// <summary>
/// The verbatim-completion probes of one submission (completion.json): flagged when any answered probe completed the
/// withheld half of a public reference. Not applicable to an answers file (nobody can send it a probe); not measured
/// when the round has no completion.json or no probe was answered.
/// </summary>
public sealed record CompletionSignal(bool Applicable, bool HasResults, int Answered, int Completed)
{
    public bool Measured => Applicable && HasResults && Answered > 0;

    public bool Flagged => Measured && Completed > 0;

    public static CompletionSignal For(RoundEntry entry, IReadOnlyList<CompletionProbeResult>? results)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Kind == SubmissionKind.Answers)
        {
            return new CompletionSignal(Applicable: false, results is not null, 0, 0);
        }

        List<CompletionProbeResult> answered = [.. (results ?? []).Where(r => r.ProviderId == entry.ProviderId && r.Answered)];
        return new CompletionSignal(Applicable: true, results is not null, answered.Count, answered.Count(r => r.Completed));
    }
}
