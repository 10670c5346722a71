namespace GaiEval.Reporting.Charts;

using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Reporting.Text;
using ScottPlot;

/// <summary>利用者数／利用者割合: monthly active users as bars, each labelled with its share of eligible staff.</summary>
internal static class KpiActiveUsersChart
{
    public const string FileStem = "kpi-active-users";

    /// <summary>Null without real use in the log.</summary>
    public static Chart? Render(KpiFindings findings, ChartFont font, string? folder)
    {
        List<MonthlyActive> months = [.. findings.Users?.Months ?? []];
        if (months.Count == 0)
        {
            return null;
        }

        var labels = new ChartLabels(font);
        string title = labels.Pick("月間アクティブ利用者数と利用者割合", "Monthly active users and share of eligible staff");
        return ChartCanvas.Draw(labels, folder, FileStem, title, plot =>
        {
            List<string> barLabels = [.. months.Select(m => m.Share.Total.Rate?.Value is { } share
                ? labels.Pick($"{Numbers.Decimal(m.ActiveUsers, "#,0")}人（{Numbers.Percent(share)}）", $"{Numbers.Decimal(m.ActiveUsers, "#,0")} ({Numbers.Percent(share)})")
                : labels.Pick($"{Numbers.Decimal(m.ActiveUsers, "#,0")}人", $"{Numbers.Decimal(m.ActiveUsers, "#,0")}"))];
            KpiBars.Add(plot, font, [.. months.Select(m => (double)m.ActiveUsers)], barLabels, Colors.Category10[0]);
            KpiBars.Ticks(plot, [.. months.Select(m => labels.Pick(m.Month, m.Month))]);
            KpiBars.LimitY(plot, months.Max(m => m.ActiveUsers));
            KpiBars.CountAxis(plot);
            plot.YLabel(labels.Pick("月間アクティブ利用者（人）", "Monthly active users"));
        });
    }
}
