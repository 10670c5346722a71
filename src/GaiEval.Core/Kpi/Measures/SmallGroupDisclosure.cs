namespace GaiEval.Core.Kpi.Measures;

/// <summary>
/// Which satisfaction groups reports withhold: every group rated by 1 to <see cref="GroupSatisfaction.MinimumShown"/> − 1
/// users; and, when the groups split the wave's users (departments), more of the smallest shown groups until the withheld
/// ones hold at least that many users between them, or the wave's total minus the shown groups would give a small one away.
/// </summary>
public static class SmallGroupDisclosure
{
    public static List<GroupSatisfaction> Withhold(IReadOnlyList<GroupSatisfaction> groups, bool splitTheUsers)
    {
        HashSet<string> withheld = [.. groups.Where(g => g.Figures.N is > 0 and < GroupSatisfaction.MinimumShown).Select(g => g.Group)];
        while (splitTheUsers && withheld.Count > 0 && groups.Where(g => withheld.Contains(g.Group)).Sum(g => g.Figures.N) < GroupSatisfaction.MinimumShown
               && groups.Where(g => !withheld.Contains(g.Group) && g.Figures.N > 0)
                   .OrderBy(g => g.Figures.N).ThenBy(g => g.Group, StringComparer.Ordinal).FirstOrDefault() is { } next)
        {
            withheld.Add(next.Group);
        }

        return [.. groups.Select(g => withheld.Contains(g.Group) ? g with { Withheld = true } : g)];
    }
}
