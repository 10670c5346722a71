namespace GaiEval.Core.Rounds.Submissions;

/// <summary>One line of a submission's <c>answers.jsonl</c>: the answer to a public item, with what the vendor measured.</summary>
public sealed record SubmittedAnswer(string Id, string Answer, long? InputTokens, long? OutputTokens, double? LatencyMs);
