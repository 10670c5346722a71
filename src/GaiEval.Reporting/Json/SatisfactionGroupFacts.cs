namespace GaiEval.Reporting.Json;

using GaiEval.Core.Kpi.Measures;

/// <summary>
/// One department's or use's satisfaction in analysis.json; its figures are null and <see cref="Withheld"/> true when
/// fewer than <see cref="GroupSatisfaction.MinimumShown"/> users rated it (one person's answer would be readable).
/// </summary>
public sealed record SatisfactionGroupFacts(string Group, SatisfactionFigures? Figures, bool Withheld)
{
    public static SatisfactionGroupFacts Of(GroupSatisfaction group) =>
        new(group.Group, group.Withheld ? null : group.Figures, group.Withheld);
}
