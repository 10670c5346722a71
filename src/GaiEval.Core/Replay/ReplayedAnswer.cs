namespace GaiEval.Core.Replay;

/// <summary>One line of an answers file: the answer to an item, with the tokens and latency the vendor measured, when given.</summary>
/// <param name="Line">The line of the file (1-based), for messages.</param>
public sealed record ReplayedAnswer(string Id, string Answer, long? InputTokens, long? OutputTokens, double? LatencyMs, int Line);
