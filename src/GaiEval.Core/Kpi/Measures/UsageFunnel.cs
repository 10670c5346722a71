namespace GaiEval.Core.Kpi.Measures;

/// <summary>
/// Eligible staff → ever used → active in the last month of the data → habitual (active in at least 3 of the last 4
/// ISO weeks of the data). Users of departments outside the eligible map are left out of the steps and counted apart.
/// </summary>
public sealed record UsageFunnel(
    int Eligible, int EverUsed, int ActiveLastMonth, int Habitual, string LastMonth, IReadOnlyList<string> LastWeeks, int UnknownDepartmentUsers);
