namespace GaiEval.Core.Rounds.Leaderboard;

/// <summary>One submission's decided calls on the items of one table: correct or not, by item and repeat (undecided calls are not in it).</summary>
public sealed record SubmissionCalls(string ProviderId, IReadOnlyDictionary<(string ItemId, int Repeat), bool> Decided);
