namespace GaiEval.Core.Kpi.Measures;

using GaiEval.Core.Analysis;

/// <summary>
/// One survey wave: satisfaction of its users overall, per department and per use; its response rate against eligible
/// staff (all respondents, users or not); its non-users apart; and NPS (points, −100..100) when recommend was answered.
/// </summary>
public sealed record WaveSatisfaction(
    string Wave,
    SatisfactionFigures Users,
    IReadOnlyList<GroupSatisfaction> ByDepartment,
    IReadOnlyList<GroupSatisfaction> ByUse,
    ShareOfEligible ResponseRate,
    NonUsers NonUsers,
    Estimate? Nps);
