namespace GaiEval.Reporting.Charts;

using GaiEval.Core.Analysis;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Reporting.Text;
using ScottPlot;

/// <summary>削減業務時間 (a), self-reported: hours per month scaled to eligible staff, per wave, with the 95% interval.</summary>
internal static class KpiSelfReportedTimeChart
{
    public const string FileStem = "kpi-time-self-reported";

    /// <summary>Null when no wave has a monthly total.</summary>
    public static Chart? Render(KpiFindings findings, ChartFont font, string? folder)
    {
        List<(string Wave, Estimate Hours)> waves = [.. findings.SelfReportedTime
            .Where(w => w.HoursPerMonth?.Value is not null)
            .Select(w => (w.Wave, w.HoursPerMonth!))];
        if (waves.Count == 0)
        {
            return null;
        }

        var labels = new ChartLabels(font);
        string title = labels.Pick("削減業務時間（自己申告、月あたり、95%区間）", "Hours saved per month (self-reported, 95% CI)");
        return ChartCanvas.Draw(labels, folder, FileStem, title, plot =>
        {
            KpiBars.AddEstimates(
                plot,
                font,
                [.. waves.Select(w => w.Hours)],
                [.. waves.Select(w => labels.Pick($"{Numbers.Decimal(w.Hours.Value, "#,0")}時間", $"{Numbers.Decimal(w.Hours.Value, "#,0")} h"))],
                Colors.Category10[4]);
            KpiBars.Ticks(plot, [.. waves.Select(w => labels.Pick($"{w.Wave}（n={w.Hours.N}）", $"{ChartLabels.Ascii(w.Wave, "wave")} (n={w.Hours.N})"))]);
            KpiBars.LimitY(plot, waves.Max(w => Math.Max(w.Hours.High, w.Hours.Value ?? 0)));
            KpiBars.CountAxis(plot);
            plot.YLabel(labels.Pick("時間／月（対象職員へ換算）", "Hours per month"));
        });
    }
}
