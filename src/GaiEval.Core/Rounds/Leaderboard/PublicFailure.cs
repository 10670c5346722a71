namespace GaiEval.Core.Rounds.Leaderboard;

/// <summary>A submission's own failure on a public item, for its feedback file: a wrong answer, or a call that failed.</summary>
/// <param name="Answer">The submission's own answer; null when the call failed or the answer is omitted.</param>
/// <param name="AnswerOmitted">The answer contains a hidden or private item's text and is not shown.</param>
public sealed record PublicFailure(string ItemId, int Repeat, string Question, string? Reference, string? Answer, bool AnswerOmitted = false);
