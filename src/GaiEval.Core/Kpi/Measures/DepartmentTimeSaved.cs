namespace GaiEval.Core.Kpi.Measures;

using GaiEval.Core.Analysis;

/// <summary>One department's respondents' mean minutes saved per week, and that mean × its eligible staff in hours per month.</summary>
public sealed record DepartmentTimeSaved(string Department, int Eligible, Estimate MeanMinutesPerWeek, Estimate HoursPerMonth);
