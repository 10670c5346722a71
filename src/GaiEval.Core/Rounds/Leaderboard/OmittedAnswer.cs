namespace GaiEval.Core.Rounds.Leaderboard;

/// <summary>A submission's own answer left out of its feedback because it contains a hidden or private item's text (for the ward).</summary>
public sealed record OmittedAnswer(string ProviderId, string ItemId, int Repeat, LeakFinding Leak);
