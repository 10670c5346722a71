namespace GaiEval.Core.Rounds.Leaderboard;

using GaiEval.Core.Analysis;

/// <summary>
/// One submission's place in a table: its accuracy on the common calls (Wilson), its rank (1 + the submissions separated
/// from it and above it) and the submissions it is tied with (the same rank or not, none of them is separated from it).
/// </summary>
public sealed record Standing(string ProviderId, Proportion Accuracy, int Rank, IReadOnlyList<string> TiedWith);
