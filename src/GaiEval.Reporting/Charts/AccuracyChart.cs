namespace GaiEval.Reporting.Charts;

using GaiEval.Core.Analysis;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Text;
using ScottPlot;
using ScottPlot.Plottables;

/// <summary>正答率 per provider as bars with their 95% Wilson interval (asymmetric error bars).</summary>
internal static class AccuracyChart
{
    public const string FileStem = "accuracy";

    public static Chart Render(RunReport report, ChartFont font, string? folder)
    {
        var labels = new ChartLabels(font);
        IReadOnlyList<ProviderAnalysis> providers = report.Analysis.Providers;
        string title = labels.Pick("正答率（95%信頼区間）", "Accuracy (95% CI)");
        return ChartCanvas.Draw(labels, folder, FileStem, title, plot =>
        {
            double[] positions = [.. providers.Select((_, i) => (double)i)];
            double[] values = [.. providers.Select(p => p.Accuracy.Value ?? 0)];
            Bar[] bars = [.. providers.Select((p, i) => new Bar
            {
                Position = i,
                Value = values[i],
                FillColor = Colors.Category10[i % 10],
                Label = p.Accuracy.Value is null ? "n=0" : Numbers.Percent(p.Accuracy.Value),
            })];
            BarPlot barPlot = plot.Add.Bars(bars);
            barPlot.ValueLabelStyle.FontName = font.Name;

            double[] above = [.. providers.Select((p, i) => p.Accuracy.Value is null ? 0 : p.Accuracy.High - values[i])];
            double[] below = [.. providers.Select((p, i) => p.Accuracy.Value is null ? 0 : values[i] - p.Accuracy.Low)];
            plot.Add.Plottable(new ErrorBar(positions, values, null, null, above, below) { LineColor = Colors.Black, CapSize = 8 });

            plot.Axes.Bottom.SetTicks(positions, [.. providers.Select(p => labels.Provider(p.ProviderId, p.Name))]);
            plot.Axes.SetLimitsY(0, 1.08);
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => Numbers.Percent(v) };
            plot.YLabel(labels.Pick("正答率", "Accuracy"));
        });
    }
}
