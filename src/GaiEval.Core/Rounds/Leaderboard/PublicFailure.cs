namespace GaiEval.Core.Rounds.Leaderboard;

/// <summary>A submission's own failure on a public item, for its feedback file: a wrong answer, or a call that failed.</summary>
/// <param name="Answer">The submission's own answer; null when the call failed.</param>
public sealed record PublicFailure(string ItemId, int Repeat, string Question, string? Reference, string? Answer);
