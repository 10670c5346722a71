namespace GaiEval.Reporting.Text;

using GaiEval.Core.Kpi.Measures;

/// <summary>
/// Departments and uses with fewer than <see cref="GroupSatisfaction.MinimumShown"/> people are withheld from every report,
/// as satisfaction groups are: one person's answers or usage would be readable.
/// </summary>
internal static class SmallGroups
{
    /// <summary>For groups counted from the usage log (users, not respondents).</summary>
    public static readonly string WithheldUsersText = $"利用者{GroupSatisfaction.MinimumShown}人未満のため非表示";

    public static bool Withheld(int people) => people is > 0 and < GroupSatisfaction.MinimumShown;

    /// <summary>A department's self-reported time saved rests on its respondents (n of its weekly mean).</summary>
    public static bool Withheld(DepartmentTimeSaved department) => Withheld(department.MeanMinutesPerWeek.N);

    /// <summary>A use's or department's tokens rest on its distinct users.</summary>
    public static bool Withheld(TokenGroup group) => Withheld(group.Totals.Users);
}
