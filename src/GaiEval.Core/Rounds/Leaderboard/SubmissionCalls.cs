namespace GaiEval.Core.Rounds.Leaderboard;

/// <summary>One submission's observations on the items of one table: correct or not, by item and repeat (undecided and withheld calls are not in it).</summary>
public sealed record SubmissionCalls(string ProviderId, IReadOnlyDictionary<(string ItemId, int Repeat), bool> Decided);
