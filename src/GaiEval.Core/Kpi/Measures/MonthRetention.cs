namespace GaiEval.Core.Kpi.Measures;

using GaiEval.Core.Analysis;

/// <summary>Users whose first active month is <see cref="Month"/>, and the share of them active in the next month (Wilson).</summary>
public sealed record MonthRetention(string Month, string NextMonth, int NewUsers, Estimate Retained);
