namespace GaiEval.Core.Kpi.Measures;

/// <summary>Tokens of the requests of one month, use or department.</summary>
public sealed record TokenGroup(string Key, TokenTotals Totals);
