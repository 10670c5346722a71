namespace GaiEval.Core.Kpi.Measures;

using GaiEval.Core.Analysis;

/// <summary>
/// Satisfaction (1–5) of one group of users: how many answered each score (index 0 is score 1), the top-2-box share
/// (4 or 5) with its Wilson interval, the mean with its bootstrap interval (null without answers), and how many users
/// of the group left it blank.
/// </summary>
public sealed record SatisfactionFigures(IReadOnlyList<int> Distribution, int N, Estimate TopTwo, Estimate? Mean, int Blank);
