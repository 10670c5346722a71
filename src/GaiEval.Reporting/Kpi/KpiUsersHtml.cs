namespace GaiEval.Reporting.Kpi;

using System.Globalization;
using System.Text;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Reporting.Charts;
using GaiEval.Reporting.Html;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Html.HtmlText;
using static GaiEval.Reporting.Kpi.KpiHtml;
using static GaiEval.Reporting.Text.KpiText;

/// <summary>利用者数／利用者割合: monthly and weekly active users, shares of eligible staff, the funnel, retention; the survey's 自己申告 without a log.</summary>
internal static class KpiUsersHtml
{
    public static void Write(StringBuilder html, KpiFindings findings, KpiDetailOptions options)
    {
        Heading(html, options.HeadingLevel, "利用者数／利用者割合", "kpi-users");
        if (findings.Users is not { Rows: > 0 } users)
        {
            string why = findings.Users is { HarnessRows: > 0 } harnessOnly
                ? $"期間内の利用ログに評価ハーネスの行（{Count(harnessOnly.HarnessRows)} 行）しかない"
                : "期間内の利用ログがない";
            NotMeasuredParagraph(html, "利用ログから: " + why);
            WriteSelfReported(html, findings);
            return;
        }

        Charts(html, options, KpiActiveUsersChart.FileStem);
        if (users.HarnessRows > 0)
        {
            Paragraph(html, $"評価ハーネス自身の利用 {Count(users.HarnessRows)} 行は利用者に数えていません（別に数えています）。");
        }

        var months = new HtmlTable(["月", "月間アクティブ利用者", "利用者割合（対象職員比）", "定着度（週間 ÷ 月間）"], [1, 2, 3]);
        foreach (MonthlyActive month in users.Months)
        {
            months.Add(
                month.Month,
                $"{Count(month.ActiveUsers)} 人",
                Headcounts.Of(month.Share.Total) + (month == users.Months[^1] ? Headcounts.LastMonthNote(findings) : string.Empty),
                WithN(month.Stickiness, v => Percent(v), "利用者なし"));
        }

        months.WriteTo(html);
        Methods(html, [TrendMeasure.ActiveUsersMethod, UsersMeasure.ShareMethod, UsersMeasure.StickinessMethod]);
        WriteDepartments(html, findings, users);
        WriteWeeks(html, users);
        WriteFunnel(html, findings, users, options);
        WriteRetention(html, users);
    }

    private static void WriteSelfReported(StringBuilder html, KpiFindings findings)
    {
        if (findings.SelfReportedUse.Count == 0)
        {
            return;
        }

        html.Append("<p>").Append(E($"利用ログがないため、職員アンケートで利用したと答えた割合を示します（{SelfReportedUse.Label}）。")).AppendLine("</p>");
        var table = new HtmlTable(["回次", $"利用したと答えた割合（{SelfReportedUse.Label}）[95%区間]", "利用の有無が空欄"], [1, 2]);
        foreach (SelfReportedUse wave in findings.SelfReportedUse)
        {
            table.Add(wave.Wave, PercentWithN(wave.Share, "利用の有無の回答がない"), Count(wave.Blank));
        }

        table.WriteTo(html);
        Methods(html, findings.SelfReportedUse.Select(w => w.Share.Method));
    }

    private static void WriteDepartments(StringBuilder html, KpiFindings findings, UsersResult users)
    {
        if (!findings.HasEligibleStaff)
        {
            Paragraph(html, "部署別の利用者割合: " + NotMeasured(NoEligible));
            return;
        }

        OpenDetails(html, "部署別の利用者割合（月ごと）");
        var table = new HtmlTable(["部署", "対象職員", .. users.Months.Select(m => m.Month)], [.. Enumerable.Range(1, users.Months.Count + 1)]);
        List<string> departments = [.. users.Months.SelectMany(m => m.Share.Departments.Concat(m.Share.UnknownDepartments).Select(d => d.Department)).Distinct(StringComparer.Ordinal)];
        foreach (string department in departments)
        {
            int? eligible = findings.EligibleStaff.TryGetValue(department, out int n) ? n : null;
            table.Add([
                department,
                eligible is { } e ? Count(e) : "（対象職員の表にない部署）",
                .. users.Months.Select(m => Cell(m.Share.Departments.Concat(m.Share.UnknownDepartments).FirstOrDefault(d => d.Department == department)))]);
        }

        table.WriteTo(html);
        CloseDetails(html);
    }

    private static string Cell(DepartmentRate? rate) => rate is null ? "0人" : Headcounts.Of(rate);

    private static void WriteWeeks(StringBuilder html, UsersResult users)
    {
        OpenDetails(html, $"週間アクティブ利用者（{users.Weeks.Count} 週）");
        var table = new HtmlTable(["週（ISO）", "週の初日（月曜）", "週間アクティブ利用者"], [2]);
        foreach (WeeklyActive week in users.Weeks)
        {
            table.Add(week.Week, week.Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"{Count(week.ActiveUsers)} 人");
        }

        table.WriteTo(html);
        CloseDetails(html);
    }

    private static void WriteFunnel(StringBuilder html, KpiFindings findings, UsersResult users, KpiDetailOptions options)
    {
        if (users.Funnel is not { } funnel)
        {
            return;
        }

        html.AppendLine("<p>利用の段階（ファネル）</p>");
        if (funnel.Eligible == 0)
        {
            // Without eligible staff no user belongs to a known department, so every step would read 0.
            NotMeasuredParagraph(html, NoEligible);
            return;
        }

        Charts(html, options, KpiFunnelChart.FileStem);
        string Share(int count) => Percent((double)count / funnel.Eligible);
        var table = new HtmlTable(["段階", "人数", "対象職員に対する割合"], [1, 2]);
        table.Add("対象職員", $"{Count(funnel.Eligible)} 人", "100.0%");
        table.Add("利用したことがある", $"{Count(funnel.EverUsed)} 人", Share(funnel.EverUsed));
        table.Add($"最終月（{funnel.LastMonth}）に利用{Headcounts.LastMonthNote(findings)}", $"{Count(funnel.ActiveLastMonth)} 人", Share(funnel.ActiveLastMonth));
        table.Add(
            $"定着利用（直近{UsersMeasure.LastWeeksCount}週 {string.Join("・", funnel.LastWeeks)} のうち{UsersMeasure.HabitualWeeks}週以上）{Headcounts.LastWeekNote(findings)}",
            $"{Count(funnel.Habitual)} 人",
            Share(funnel.Habitual));
        table.WriteTo(html);
        if (funnel.UnknownDepartmentUsers > 0)
        {
            Paragraph(html, $"対象職員の表にない部署の利用者 {Count(funnel.UnknownDepartmentUsers)} 人は段階に含めていません。");
        }

        Methods(html, ["利用ログの全数（区間なし）。部署は各利用者の最後の利用の所属。"]);
    }

    private static void WriteRetention(StringBuilder html, UsersResult users)
    {
        if (users.Retention.Count == 0)
        {
            Paragraph(html, "新規利用者の継続率: " + NotMeasured("ログが1か月分しかない"));
            return;
        }

        html.AppendLine("<p>新規利用者の継続率（初めて使った月の翌月も利用した割合）</p>");
        var table = new HtmlTable(["初めて使った月", "新規利用者", "翌月", "翌月も利用 [95%区間]"], [1, 3]);
        foreach (MonthRetention month in users.Retention)
        {
            table.Add(month.Month, $"{Count(month.NewUsers)} 人", month.NextMonth, PercentWithN(month.NewUsers == 0 ? null : month.Retained, "新規利用者なし"));
        }

        table.WriteTo(html);
        Methods(html, users.Retention.Select(r => r.Retained.Method));
    }
}
