namespace GaiEval.Reporting.Json;

using GaiEval.Core.Analysis;
using GaiEval.Core.Kpi.Measures;

/// <summary>One survey wave's self-reported time saved in analysis.json, as <see cref="WaveSelfReportedTime"/> with small departments withheld.</summary>
public sealed record SelfReportedTimeFacts(
    string Wave,
    int Answered,
    int NotUsed,
    int BlankBands,
    int UseUnknown,
    Estimate? MeanMinutesPerWeek,
    IReadOnlyList<DepartmentTimeSavedFacts> Departments,
    IReadOnlyList<string> NotExtrapolated,
    IReadOnlyList<string> UnknownDepartments,
    Estimate? HoursPerMonth,
    Estimate? PersonnelCost,
    ShareOfEligible ResponseRate,
    string Method)
{
    public static SelfReportedTimeFacts Of(WaveSelfReportedTime wave) =>
        new(
            wave.Wave,
            wave.Answered,
            wave.NotUsed,
            wave.BlankBands,
            wave.UseUnknown,
            wave.MeanMinutesPerWeek,
            [.. wave.Departments.Select(DepartmentTimeSavedFacts.Of)],
            wave.NotExtrapolated,
            wave.UnknownDepartments,
            wave.HoursPerMonth,
            wave.PersonnelCost,
            wave.ResponseRate,
            wave.Method);
}
