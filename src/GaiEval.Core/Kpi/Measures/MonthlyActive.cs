namespace GaiEval.Core.Kpi.Measures;

using GaiEval.Core.Analysis;

/// <summary>
/// One calendar month (JST): its monthly active users, their share of eligible staff per department and in total, and
/// stickiness = mean weekly active users of the ISO weeks whose Thursday falls in the month ÷ monthly active users.
/// </summary>
public sealed record MonthlyActive(string Month, int ActiveUsers, ShareOfEligible Share, Estimate? Stickiness);
