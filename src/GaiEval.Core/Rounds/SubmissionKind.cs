namespace GaiEval.Core.Rounds;

/// <summary>How a submission answers: the ward calls its endpoint (public and hidden items), or it sent an answers file (public items only).</summary>
public enum SubmissionKind
{
    Endpoint,
    Answers,
}
