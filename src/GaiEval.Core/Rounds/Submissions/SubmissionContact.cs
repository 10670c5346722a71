namespace GaiEval.Core.Rounds.Submissions;

/// <summary>Who at the vendor answers the ward's questions about a submission (submission key <c>contact:</c>).</summary>
public sealed record SubmissionContact(string Name, string Email);
