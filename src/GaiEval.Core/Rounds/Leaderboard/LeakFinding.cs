namespace GaiEval.Core.Rounds.Leaderboard;

/// <summary>A hidden or private item's text found in a text meant for vendors: which item and which field.</summary>
public sealed record LeakFinding(string ItemId, string Field);
