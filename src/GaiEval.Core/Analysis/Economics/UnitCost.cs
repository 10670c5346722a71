namespace GaiEval.Core.Analysis.Economics;

/// <summary>
/// A cost per unit of benefit (per correct answer, per hour saved) with its 95% interval, carried from the interval of the
/// benefit: the cost divided by the benefit's upper and lower bounds.
/// </summary>
/// <param name="High">Null when the benefit's lower bound is zero or below: then there is no finite upper bound.</param>
public sealed record UnitCost(double Value, double Low, double? High, int N, string Method);
