namespace GaiEval.Core.Kpi.Measures;

using GaiEval.Core.Analysis;

/// <summary>
/// A count of staff in one department against its eligible staff: <see cref="Rate"/> is count ÷ eligible (a census, no
/// interval), with n the count; null when the department is not in the eligible map (an unknown denominator, never divided).
/// </summary>
public sealed record DepartmentRate(string Department, int Count, int? Eligible, Estimate? Rate);
