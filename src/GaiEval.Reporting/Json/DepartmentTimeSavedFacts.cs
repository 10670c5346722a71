namespace GaiEval.Reporting.Json;

using GaiEval.Core.Analysis;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Reporting.Text;

/// <summary>
/// One department's self-reported time saved in analysis.json; its figures are null and <see cref="Withheld"/> true when
/// fewer than <see cref="GroupSatisfaction.MinimumShown"/> staff answered (one person's answer would be readable).
/// </summary>
public sealed record DepartmentTimeSavedFacts(string Department, int Eligible, Estimate? MeanMinutesPerWeek, Estimate? HoursPerMonth, bool Withheld)
{
    public static DepartmentTimeSavedFacts Of(DepartmentTimeSaved department)
    {
        bool withheld = SmallGroups.Withheld(department);
        return new(department.Department, department.Eligible, withheld ? null : department.MeanMinutesPerWeek, withheld ? null : department.HoursPerMonth, withheld);
    }
}
