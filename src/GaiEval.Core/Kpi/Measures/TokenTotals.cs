namespace GaiEval.Core.Kpi.Measures;

/// <summary>
/// Tokens of a group of requests: totals, means per request over the requests that give a count (n apart for input
/// and output), distinct users, and the cost at the given prices (null without prices).
/// </summary>
public sealed record TokenTotals(
    int Requests, int Users, long Input, long Output, int InputN, int OutputN, double? MeanInput, double? MeanOutput, double? Cost);
