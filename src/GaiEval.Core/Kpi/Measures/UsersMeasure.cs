namespace GaiEval.Core.Kpi.Measures;

using GaiEval.Core.Analysis;

/// <summary>
/// 利用者数／利用者割合. From the usage log: a user is active in a period when they made at least one request in it (JST);
/// counts are a census, so shares of eligible staff carry no interval. A user's department is that of their last
/// request in the period. From the survey, when there is no log: <see cref="SelfReported"/>.
/// </summary>
public static class UsersMeasure
{
    public const string ShareMethod = "利用者割合 = アクティブ利用者 ÷ 対象職員（利用ログの全数、区間なし）";

    public const string StickinessMethod = "定着度 = 週間アクティブ利用者の平均 ÷ 月間アクティブ利用者（全数、区間なし）";

    public const int HabitualWeeks = 3;

    public const int LastWeeksCount = 4;

    public static UsersResult Measure(IReadOnlyList<UsageEvent> events, IReadOnlyDictionary<string, int> eligible)
    {
        List<(UsageEvent Event, DateOnly Day, string Month, DateOnly Monday)> rows = [.. events.Where(e => !e.FromHarness)
            .Select(e =>
            {
                DateOnly day = JstCalendar.Day(e.Timestamp);
                return (e, day, JstCalendar.MonthOf(day), JstCalendar.WeekStart(day));
            })
            .OrderBy(x => x.Item1.Timestamp)];
        int harness = events.Count(e => e.FromHarness);
        if (rows.Count == 0)
        {
            return new UsersResult(0, harness, [], [], null, []);
        }

        DateOnly first = rows[0].Day;
        DateOnly last = rows[^1].Day;
        ILookup<DateOnly, string> usersByWeek = rows.ToLookup(r => r.Monday, r => r.Event.User);
        List<WeeklyActive> weeks = [.. Weeks(first, last).Select(monday => new WeeklyActive(
            JstCalendar.WeekOf(monday), monday, usersByWeek[monday].Distinct(StringComparer.Ordinal).Count()))];
        List<string> months = [.. Months(first, last)];
        ILookup<string, UsageEvent> eventsByMonth = rows.ToLookup(r => r.Month, r => r.Event, StringComparer.Ordinal);
        List<MonthlyActive> monthly = [.. months.Select(month => Month(month, [.. eventsByMonth[month]], weeks, eligible))];
        return new UsersResult(rows.Count, harness, monthly, weeks, Funnel(rows, weeks, eligible), Retention(rows, months));
    }

    /// <summary>Per wave, the share of respondents who said they used the service (Wilson), labelled 自己申告.</summary>
    public static IReadOnlyList<SelfReportedUse> SelfReported(IReadOnlyList<SurveyResponse> responses) =>
        [.. responses.GroupBy(r => r.Wave, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                Estimate share = Estimate.FromProportion(Proportion.Wilson(g.Count(r => r.Used == true), g.Count(r => r.Used is not null)));
                return new SelfReportedUse(g.Key, share with { Method = $"{SelfReportedUse.Label}（回答者のうち利用したと答えた割合）, Wilson" }, g.Count(r => r.Used is null));
            })];

    private static MonthlyActive Month(string month, IReadOnlyList<UsageEvent> events, IReadOnlyList<WeeklyActive> weeks, IReadOnlyDictionary<string, int> eligible)
    {
        Dictionary<string, string> departments = LastDepartments(events);
        List<WeeklyActive> own = [.. weeks.Where(w => JstCalendar.MonthOfWeek(w.Monday) == month)];
        Estimate? stickiness = departments.Count == 0 || own.Count == 0
            ? null
            : Estimate.Exact(own.Average(w => w.ActiveUsers) / departments.Count, departments.Count, StickinessMethod);
        return new MonthlyActive(month, departments.Count, ShareOfEligible.Of(departments, eligible, ShareMethod), stickiness);
    }

    private static UsageFunnel Funnel(IReadOnlyList<(UsageEvent Event, DateOnly Day, string Month, DateOnly Monday)> rows, IReadOnlyList<WeeklyActive> weeks, IReadOnlyDictionary<string, int> eligible)
    {
        Dictionary<string, string> everUsed = LastDepartments(rows.Select(r => r.Event));
        HashSet<string> known = [.. everUsed.Where(p => eligible.ContainsKey(p.Value)).Select(p => p.Key)];
        string lastMonth = rows[^1].Month;
        int activeLastMonth = rows.Where(r => r.Month == lastMonth && known.Contains(r.Event.User))
            .Select(r => r.Event.User).Distinct(StringComparer.Ordinal).Count();
        List<DateOnly> lastWeeks = [.. weeks.TakeLast(LastWeeksCount).Select(w => w.Monday)];
        int habitual = rows.Where(r => known.Contains(r.Event.User) && lastWeeks.Contains(r.Monday))
            .GroupBy(r => r.Event.User, StringComparer.Ordinal)
            .Count(g => g.Select(r => r.Monday).Distinct().Count() >= HabitualWeeks);
        return new UsageFunnel(
            eligible.Values.Sum(), known.Count, activeLastMonth, habitual, lastMonth, [.. lastWeeks.Select(JstCalendar.WeekOf)], everUsed.Count - known.Count);
    }

    private static List<MonthRetention> Retention(IReadOnlyList<(UsageEvent Event, DateOnly Day, string Month, DateOnly Monday)> rows, IReadOnlyList<string> months)
    {
        Dictionary<string, string> firstMonth = rows.GroupBy(r => r.Event.User, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => JstCalendar.MonthOf(g.Min(r => r.Day)), StringComparer.Ordinal);
        ILookup<string, string> activeIn = rows.Select(r => (r.Month, r.Event.User)).Distinct()
            .ToLookup(x => x.Month, x => x.User, StringComparer.Ordinal);
        return [.. months.Zip(months.Skip(1)).Select(pair =>
        {
            List<string> newUsers = [.. firstMonth.Where(p => p.Value == pair.First).Select(p => p.Key)];
            HashSet<string> next = [.. activeIn[pair.Second]];
            Estimate retained = Estimate.FromProportion(Proportion.Wilson(newUsers.Count(next.Contains), newUsers.Count));
            return new MonthRetention(pair.First, pair.Second, newUsers.Count, retained with { Method = "翌月も利用した新規利用者の割合, Wilson" });
        })];
    }

    private static Dictionary<string, string> LastDepartments(IEnumerable<UsageEvent> events)
    {
        Dictionary<string, string> departments = new(StringComparer.Ordinal);
        foreach (UsageEvent e in events.OrderBy(e => e.Timestamp))
        {
            departments[e.User] = DepartmentLabel.Of(e.Department);
        }

        return departments;
    }

    private static IEnumerable<DateOnly> Weeks(DateOnly first, DateOnly last)
    {
        for (DateOnly monday = JstCalendar.WeekStart(first); monday <= last; monday = monday.AddDays(7))
        {
            yield return monday;
        }
    }

    private static IEnumerable<string> Months(DateOnly first, DateOnly last)
    {
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= last; month = month.AddMonths(1))
        {
            yield return JstCalendar.MonthOf(month);
        }
    }
}
