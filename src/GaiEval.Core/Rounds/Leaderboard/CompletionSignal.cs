namespace GaiEval.Core.Rounds.Leaderboard;

using GaiEval.Core.Rounds.Contamination;

/// <summary>
/// The verbatim-completion probes of one submission (completion.json, only the results of the round's own run):
/// flagged when any answered probe completed the withheld half of a public reference. Not applicable to an answers
/// file (nobody can send it a probe); not measured when the round has no completion.json, no probe to send or no probe
/// was answered; measured in full only when every one of the <see cref="Expected"/> probes was answered.
/// </summary>
public sealed record CompletionSignal(bool Applicable, bool HasResults, int Expected, int Answered, int Completed)
{
    public bool Measured => Applicable && HasResults && Answered > 0;

    public bool Complete => Measured && Answered >= Expected;

    public bool Flagged => Measured && Completed > 0;

    /// <summary>Probes expected but not answered (failed, not sent or missing from completion.json).</summary>
    public int Unanswered => Math.Max(0, Expected - Answered);

    /// <param name="runId">The round's run: a result of another run (or of none, in an old file) is ignored.</param>
    /// <param name="expected">How many probes the round sends each endpoint.</param>
    public static CompletionSignal For(RoundEntry entry, IReadOnlyList<CompletionProbeResult>? results, string runId, int expected)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Kind == SubmissionKind.Answers)
        {
            return new CompletionSignal(Applicable: false, results is not null, expected, 0, 0);
        }

        List<CompletionProbeResult> answered = [.. (results ?? [])
            .Where(r => r.ProviderId == entry.ProviderId && r.RunId == runId && r.Answered)
            .DistinctBy(r => r.ItemId, StringComparer.Ordinal)];
        return new CompletionSignal(Applicable: true, results is not null, expected, answered.Count, answered.Count(r => r.Completed));
    }
}
