namespace GaiEval.Core.Kpi.Measures;

using GaiEval.Core.Analysis;

/// <summary>
/// Self-reported time saved in one wave. <see cref="Answered"/> users gave both bands; <see cref="NotUsed"/> respondents
/// said they did not use the service and count as 0 minutes; users with a blank band and respondents who left "used"
/// blank are left out and counted. Departments of the eligible map without a respondent are not extrapolated and are
/// listed; respondents' departments outside the map are listed and not extrapolated. Null totals when nothing is left.
/// </summary>
public sealed record WaveSelfReportedTime(
    string Wave,
    int Answered,
    int NotUsed,
    int BlankBands,
    int UseUnknown,
    Estimate? MeanMinutesPerWeek,
    IReadOnlyList<DepartmentTimeSaved> Departments,
    IReadOnlyList<string> NotExtrapolated,
    IReadOnlyList<string> UnknownDepartments,
    Estimate? HoursPerMonth,
    Estimate? PersonnelCost,
    ShareOfEligible ResponseRate,
    string Method);
