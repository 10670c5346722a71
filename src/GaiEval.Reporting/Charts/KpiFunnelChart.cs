namespace GaiEval.Reporting.Charts;

using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Reporting.Text;
using ScottPlot;

/// <summary>The funnel: eligible staff → ever used → active in the last month → habitual, each with its share of eligible staff.</summary>
internal static class KpiFunnelChart
{
    public const string FileStem = "kpi-funnel";

    /// <summary>Null without a funnel (no real use) or without eligible staff (then no step can be counted).</summary>
    public static Chart? Render(KpiFindings findings, ChartFont font, string? folder)
    {
        if (findings.Users?.Funnel is not { Eligible: > 0 } funnel)
        {
            return null;
        }

        var labels = new ChartLabels(font);
        List<(string Step, int Count)> steps =
        [
            (labels.Pick("対象職員", "Eligible"), funnel.Eligible),
            (labels.Pick("利用経験あり", "Ever used"), funnel.EverUsed),
            (labels.Pick($"{funnel.LastMonth}に利用", $"Active {funnel.LastMonth}"), funnel.ActiveLastMonth),
            (labels.Pick("定着利用（直近4週中3週以上）", "Habitual (3 of last 4 weeks)"), funnel.Habitual),
        ];
        string title = labels.Pick("利用の段階（ファネル）", "Usage funnel");
        return ChartCanvas.Draw(labels, folder, FileStem, title, plot =>
        {
            List<string> barLabels = [.. steps.Select(s =>
                labels.Pick($"{Numbers.Decimal(s.Count, "#,0")}人（{Numbers.Percent((double)s.Count / funnel.Eligible)}）", $"{Numbers.Decimal(s.Count, "#,0")} ({Numbers.Percent((double)s.Count / funnel.Eligible)})"))];
            KpiBars.Add(plot, font, [.. steps.Select(s => (double)s.Count)], barLabels, Colors.Category10[2]);
            KpiBars.Ticks(plot, [.. steps.Select(s => s.Step)]);
            KpiBars.LimitY(plot, steps.Max(s => s.Count));
            KpiBars.CountAxis(plot);
            plot.YLabel(labels.Pick("人数", "Staff"));
        });
    }
}
