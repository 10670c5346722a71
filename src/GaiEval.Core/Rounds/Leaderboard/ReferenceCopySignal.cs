namespace GaiEval.Core.Rounds.Leaderboard;

/// <summary>
/// An answers file's answers to public items (first repeat) compared with the public references, as the completion
/// probes compare a probe's answer with the withheld half: flagged when at least one answer reproduces its reference.
/// Applies to answers files only (completion probes cannot be sent to them); not measured when none answers a public
/// item with a reference.
/// </summary>
public sealed record ReferenceCopySignal(bool Applicable, int Answers, int Copies)
{
    public bool Measured => Applicable && Answers > 0;

    public bool Flagged => Measured && Copies > 0;
}
