namespace GaiEval.Reporting.Decision;

using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Decision.DecisionFigures;
using static GaiEval.Reporting.Text.KpiText;

/// <summary>利用状況 from real use: active users, their share of eligible staff, the funnel and retention, or the survey's 自己申告.</summary>
internal static class KpiUsageLines
{
    /// <summary>Whether the findings say anything about how many staff used the service.</summary>
    public static bool HasData(KpiFindings? kpi) => kpi is not null && (kpi.HasUsage || kpi.SelfReportedUse.Count > 0);

    public static void Write(DecisionMarkdown md, KpiFindings kpi)
    {
        md.Sub("職員による実際の利用");
        if (kpi.Users is { Rows: > 0 } users)
        {
            FromLog(md, kpi, users);
        }
        else
        {
            md.Bullet($"月間アクティブ利用者・利用者割合・定着（利用ログ）: {NotMeasured(KpiMetrics.WhyNotMeasured(kpi, KpiMetrics.ActiveShare) ?? "期間内の利用ログがない")}");
            md.Blank();
            SelfReported(md, kpi);
        }

        int harness = kpi.Users?.HarnessRows ?? 0;
        if (harness > 0)
        {
            md.Bullet($"評価ハーネス自身の {Count(harness)} 行は利用者・利用回数に数えず、別に数えています。");
        }

        md.Blank();
    }

    private static void FromLog(DecisionMarkdown md, KpiFindings kpi, UsersResult users)
    {
        md.Line($"利用ログ（評価ハーネス以外の {Count(users.Rows)} 行）から数えました。期間中に1回以上利用した職員を利用者とし、全数なので区間はありません。");
        md.Line($"方法: {UsersMeasure.ShareMethod}。{UsersMeasure.StickinessMethod}。");
        md.Blank();
        IReadOnlyList<TokenGroup> requests = kpi.Tokens?.ByMonth ?? [];
        md.Table(
            ["月", "月間アクティブ利用者", "対象職員に占める割合", "定着度（週平均÷月間）", "利用回数"],
            users.Months.Select(m => (IReadOnlyList<string>)
            [
                m == users.Months[^1] ? m.Month + Headcounts.LastMonthNote(kpi) : m.Month,
                $"{Count(m.ActiveUsers)}人",
                kpi.HasEligibleStaff ? Headcounts.Of(m.Share.Total) : NotMeasured("対象職員数がない"),
                m.Stickiness?.Value is { } s ? Numbers.Percent(s) : "－",
                requests.FirstOrDefault(r => r.Key == m.Month) is { } r ? Count(r.Totals.Requests) : "－",
            ]),
            new HashSet<int> { 1, 2, 3, 4 });
        if (kpi.LastMonth is { } last && kpi.HasEligibleStaff)
        {
            md.Sub($"部署ごとの利用者割合（{last.Month}{Headcounts.LastMonthNote(kpi)}）");
            md.UntrustedTable(
                ["部署", "利用者 / 対象職員（割合）"],
                last.Share.Departments.Concat(last.Share.UnknownDepartments).Select(d => (IReadOnlyList<string>)[d.Department, Headcounts.Of(d)]),
                new HashSet<int> { 1 });
        }

        if (!kpi.HasEligibleStaff)
        {
            md.Bullet($"利用の広がり（対象職員 → 利用経験 → 最終月の利用 → 定着）: {NotMeasured(KpiMetrics.WhyNotMeasured(kpi, KpiMetrics.HabitualShare) ?? "対象職員数がない")}");
            md.Blank();
        }
        else if (users.Funnel is { } funnel)
        {
            Funnel(md, kpi, funnel);
        }

        if (users.Retention.Count > 0)
        {
            md.Sub("新規利用者の翌月の継続");
            md.Table(
                ["初めて利用した月", "新規利用者", "翌月も利用した割合"],
                users.Retention.Select(r => (IReadOnlyList<string>)[r.Month, $"{Count(r.NewUsers)}人", $"{r.NextMonth}: {Percent(r.Retained)}"]),
                new HashSet<int> { 1 });
            md.Line($"方法: {users.Retention[0].Retained.Method}。");
            md.Blank();
        }
    }

    private static void Funnel(DecisionMarkdown md, KpiFindings kpi, UsageFunnel funnel)
    {
        md.Sub("利用の広がり（対象職員 → 利用経験 → 最終月の利用 → 定着）");
        string Share(int count) => funnel.Eligible > 0 ? Numbers.Percent((double)count / funnel.Eligible) : NotMeasured("対象職員数がない");
        md.Table(
            ["段階", "人数", "対象職員に占める割合"],
            [
                ["対象職員", funnel.Eligible > 0 ? $"{Count(funnel.Eligible)}人" : NotMeasured("対象職員数がない"), "－"],
                ["期間中に一度でも利用", $"{Count(funnel.EverUsed)}人", Share(funnel.EverUsed)],
                [$"最終月（{funnel.LastMonth}）に利用{Headcounts.LastMonthNote(kpi)}", $"{Count(funnel.ActiveLastMonth)}人", Share(funnel.ActiveLastMonth)],
                [$"定着利用（直近{UsersMeasure.LastWeeksCount}週 {string.Join("・", funnel.LastWeeks)} のうち{UsersMeasure.HabitualWeeks}週以上）{Headcounts.LastWeekNote(kpi)}", $"{Count(funnel.Habitual)}人", Share(funnel.Habitual)],
            ],
            new HashSet<int> { 1, 2 });
        if (funnel.UnknownDepartmentUsers > 0)
        {
            md.Bullet($"対象職員の一覧にない部署の利用者 {Count(funnel.UnknownDepartmentUsers)}人は、この表の段階に含めていません。");
            md.Blank();
        }
    }

    private static void SelfReported(DecisionMarkdown md, KpiFindings kpi)
    {
        if (kpi.SelfReportedUse.Count == 0)
        {
            return;
        }

        md.Line($"利用ログがないため、職員アンケートで「利用した」と答えた人の割合（{SelfReportedUse.Label}）を示します。回答者のうちの割合で、対象職員全体の利用者割合ではありません。");
        md.Blank();
        md.Table(
            ["回次", $"利用したと答えた割合（{SelfReportedUse.Label}）", "利用の有無が無回答"],
            kpi.SelfReportedUse.Select(u => (IReadOnlyList<string>)[u.Wave, Percent(u.Share), $"{Count(u.Blank)}人"]),
            new HashSet<int> { 1, 2 });
        md.Line($"方法: {kpi.SelfReportedUse[0].Share.Method}。");
    }
}
