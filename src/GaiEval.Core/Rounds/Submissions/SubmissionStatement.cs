namespace GaiEval.Core.Rounds.Submissions;

/// <summary>
/// The vendor's signed statement (submission key <c>statement:</c>) that the submission was not tuned on hidden items;
/// <paramref name="Date"/> is the day it was signed, never after the day the submission is loaded.
/// </summary>
public sealed record SubmissionStatement(string Text, string SignedBy, DateOnly Date);
