namespace GaiEval.Reporting.Json;

using GaiEval.Core.Kpi.Measures;
using GaiEval.Reporting.Text;

/// <summary>
/// Tokens of one use or department in analysis.json; <see cref="Totals"/> is null and <see cref="Withheld"/> true when
/// fewer than <see cref="GroupSatisfaction.MinimumShown"/> users made its requests (one person's usage would be readable).
/// </summary>
public sealed record TokenGroupFacts(string Key, TokenTotals? Totals, bool Withheld)
{
    public static TokenGroupFacts Of(TokenGroup group)
    {
        bool withheld = SmallGroups.Withheld(group);
        return new(group.Key, withheld ? null : group.Totals, withheld);
    }
}
