namespace GaiEval.Scoring.Judges;

/// <summary>What a judge conversation produced: a verdict, or the problem with its last reply, and what it cost.</summary>
internal sealed record JudgeOutcome(
    JudgeVerdict? Verdict, string Problem, string? ModelId, long InputTokens, long OutputTokens, TimeSpan Latency, int Attempts);
