namespace GaiEval.Reporting.Json;

using GaiEval.Core.Analysis;
using GaiEval.Core.Kpi.Measures;

/// <summary>
/// One survey wave's satisfaction in analysis.json: its users' figures overall, per department and per use, the response
/// rate, NPS, and non-users counted apart (groups rated by fewer than five users withheld) (their reasons counted, not quoted: staff's free text stays out of the JSON).
/// </summary>
public sealed record SatisfactionWaveFacts(
    string Wave,
    int Respondents,
    SatisfactionFigures Users,
    IReadOnlyList<SatisfactionGroupFacts> ByDepartment,
    IReadOnlyList<SatisfactionGroupFacts> ByUse,
    ShareOfEligible ResponseRate,
    Estimate? Nps,
    NonUserFacts NonUsers)
{
    public static SatisfactionWaveFacts Of(WaveSatisfaction wave) =>
        new(
            wave.Wave,
            wave.Users.N + wave.Users.Blank + wave.NonUsers.NotUsed + wave.NonUsers.UseUnknown,
            wave.Users,
            [.. wave.ByDepartment.Select(SatisfactionGroupFacts.Of)],
            [.. wave.ByUse.Select(SatisfactionGroupFacts.Of)],
            wave.ResponseRate,
            wave.Nps,
            new NonUserFacts(wave.NonUsers.NotUsed, wave.NonUsers.UseUnknown, wave.NonUsers.Comments.Count));
}
