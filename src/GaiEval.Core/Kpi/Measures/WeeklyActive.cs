namespace GaiEval.Core.Kpi.Measures;

/// <summary>One ISO week (JST, from Monday): its weekly active users.</summary>
public sealed record WeeklyActive(string Week, DateOnly Monday, int ActiveUsers);
