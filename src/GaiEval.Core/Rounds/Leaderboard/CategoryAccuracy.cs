namespace GaiEval.Core.Rounds.Leaderboard;

using GaiEval.Core.Analysis;

/// <summary>A submission's accuracy within one category (業務分野): correct ÷ decided, Wilson.</summary>
public sealed record CategoryAccuracy(string Name, Proportion Accuracy);
