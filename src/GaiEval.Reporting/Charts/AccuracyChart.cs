namespace GaiEval.Reporting.Charts;

using GaiEval.Core.Analysis;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Text;
using ScottPlot;
using ScottPlot.Plottables;

/// <summary>
/// 正答率 per provider as bars with their 95% Wilson interval (asymmetric error bars). Each value label stands above the
/// upper end of its interval, never on the whisker, and the provider names wrap to the width of their bar's slot.
/// </summary>
internal static class AccuracyChart
{
    public const string FileStem = "accuracy";

    /// <summary>The y axis' upper limit: room above 100% for a label over an interval that reaches 100%.</summary>
    public const double Top = 1.15;

    /// <summary>The gap between an interval's upper end and its value label, in accuracy units.</summary>
    public const double LabelGap = 0.015;

    public static Chart Render(RunReport report, ChartFont font, bool withPng)
    {
        var labels = new ChartLabels(font);
        string title = labels.Pick("正答率（95%信頼区間）", "Accuracy (95% CI)");
        return ChartCanvas.Draw(labels, withPng, FileStem, title, plot => Draw(plot, report.Analysis.Providers, labels));
    }

    /// <summary>Adds the bars, the intervals, the value labels (returned, in provider order) and the axes to <paramref name="plot"/>.</summary>
    public static IReadOnlyList<Text> Draw(Plot plot, IReadOnlyList<ProviderAnalysis> providers, ChartLabels labels)
    {
        double[] positions = [.. providers.Select((_, i) => (double)i)];
        double[] values = [.. providers.Select(p => p.Accuracy.Value ?? 0)];
        Bar[] bars = [.. providers.Select((p, i) => new Bar { Position = i, Value = values[i], FillColor = Colors.Category10[i % 10] })];
        plot.Add.Bars(bars);

        double[] above = [.. providers.Select((p, i) => p.Accuracy.Value is null ? 0 : p.Accuracy.High - values[i])];
        double[] below = [.. providers.Select((p, i) => p.Accuracy.Value is null ? 0 : values[i] - p.Accuracy.Low)];
        plot.Add.Plottable(new ErrorBar(positions, values, null, null, above, below) { LineColor = Colors.Black, CapSize = 8 });

        List<Text> valueLabels = [];
        for (int i = 0; i < providers.Count; i++)
        {
            Estimate accuracy = providers[i].Accuracy;
            Text label = plot.Add.Text(accuracy.Value is null ? "n=0" : Numbers.Percent(accuracy.Value), i, values[i] + above[i] + LabelGap);
            label.LabelFontName = labels.Font.Name;
            label.LabelFontSize = 14;
            label.LabelBold = true;
            label.LabelAlignment = Alignment.LowerCenter;
            valueLabels.Add(label);
        }

        plot.Axes.SetLimits(-0.5, providers.Count - 0.5, 0, Top);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. new[] { 0, 0.2, 0.4, 0.6, 0.8, 1.0 }.Select(v => new Tick(v, Numbers.Percent(v)))]);
        plot.Axes.Bottom.SetTicks(positions, TickLabelWrap.ProviderNames(plot, labels, providers));
        plot.YLabel(labels.Pick("正答率", "Accuracy"));
        return valueLabels;
    }
}
