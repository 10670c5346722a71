namespace GaiEval.Reporting.Charts;

using GaiEval.Core.Analysis;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Reporting.Text;
using ScottPlot;

/// <summary>削減業務時間 (b), measured: mean minutes saved per task per category and overall, with the 95% interval.</summary>
internal static class KpiMeasuredTimeChart
{
    public const string FileStem = "kpi-time-measured";

    /// <summary>Null without timings.</summary>
    public static Chart? Render(KpiFindings findings, ChartFont font, string? folder)
    {
        if (findings.MeasuredTime is not { Overall: { } overall } measured)
        {
            return null;
        }

        var labels = new ChartLabels(font);
        List<(string Name, Estimate Minutes)> bars = [.. measured.Categories
            .Select((c, i) => (labels.Category(c.Category, i), c.MeanMinutesSaved))
            .Where(b => b.MeanMinutesSaved.Value is not null),
            (labels.Pick("全体", "overall"), overall)];
        string title = labels.Pick("削減業務時間（実測、1件あたり、95%区間）", "Minutes saved per task (measured, 95% CI)");
        return ChartCanvas.Draw(labels, folder, FileStem, title, plot =>
        {
            KpiBars.AddHorizontalEstimates(
                plot,
                font,
                [.. bars.Select(b => b.Minutes)],
                [.. bars.Select(b => b.Name)],
                [.. bars.Select(b => labels.Pick($"{Numbers.Decimal(b.Minutes.Value, "0.0")}分（n={b.Minutes.N}）", $"{Numbers.Decimal(b.Minutes.Value, "0.0")} min (n={b.Minutes.N})"))],
                Colors.Category10[3]);
            plot.XLabel(labels.Pick("分／件（AIなし − AIあり、確認時間を含む）", "Minutes saved per task"));
        });
    }
}
