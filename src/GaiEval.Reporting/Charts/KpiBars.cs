namespace GaiEval.Reporting.Charts;

using GaiEval.Core.Analysis;
using GaiEval.Reporting.Text;
using ScottPlot;
using ScottPlot.Plottables;

/// <summary>Bars with labels above them and, for estimates, their 95% interval as asymmetric error bars; shared by the KPI charts.</summary>
internal static class KpiBars
{
    public static BarPlot Add(Plot plot, ChartFont font, IReadOnlyList<double> values, IReadOnlyList<string> labels, Color color)
    {
        Bar[] bars = [.. values.Select((v, i) => new Bar { Position = i, Value = v, FillColor = color, Label = labels[i] })];
        BarPlot barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontName = font.Name;
        barPlot.ValueLabelStyle.FontSize = 12;
        return barPlot;
    }

    /// <summary>
    /// Bars at each estimate's value with its interval; the labels sit above the intervals, clear of the error bars. An
    /// estimate without a value (not measured) gets no bar, never a bar at 0.
    /// </summary>
    public static void AddEstimates(Plot plot, ChartFont font, IReadOnlyList<Estimate> estimates, IReadOnlyList<string> labels, Color color)
    {
        int[] shown = Measured(estimates);
        double[] positions = [.. shown.Select(i => (double)i)];
        double[] values = [.. shown.Select(i => estimates[i].Value!.Value)];
        Bar[] bars = [.. shown.Select((_, k) => new Bar { Position = positions[k], Value = values[k], FillColor = color })];
        plot.Add.Bars(bars);
        AddIntervals(plot, shown, estimates, positions, values, horizontal: false);
        for (int k = 0; k < shown.Length; k++)
        {
            var text = plot.Add.Text(labels[shown[k]], positions[k], Math.Max(values[k], estimates[shown[k]].High));
            text.LabelFontName = font.Name;
            text.LabelFontSize = 11;
            text.LabelAlignment = Alignment.LowerCenter;
            text.LabelOffsetY = -4;
        }
    }

    /// <summary>
    /// Horizontal bars for many long (Japanese) names, the first at the top, each with its interval and its label to the
    /// right of the interval; estimates without a value are left out.
    /// </summary>
    public static void AddHorizontalEstimates(Plot plot, ChartFont font, IReadOnlyList<Estimate> estimates, IReadOnlyList<string> names, IReadOnlyList<string> labels, Color color)
    {
        int[] shown = Measured(estimates);
        int count = shown.Length;
        double[] values = [.. shown.Select(i => estimates[i].Value!.Value)];
        double[] positions = [.. shown.Select((_, k) => (double)(count - 1 - k))];
        Bar[] bars = [.. values.Select((v, k) => new Bar { Position = positions[k], Value = v, FillColor = color })];
        BarPlot barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        AddIntervals(plot, shown, estimates, positions, values, horizontal: true);
        for (int k = 0; k < count; k++)
        {
            var text = plot.Add.Text(labels[shown[k]], Math.Max(values[k], estimates[shown[k]].High), positions[k]);
            text.LabelFontName = font.Name;
            text.LabelFontSize = 11;
            text.LabelAlignment = Alignment.MiddleLeft;
            text.LabelOffsetX = 6;
        }

        plot.Axes.Left.SetTicks(positions, [.. shown.Select(i => names[i])]);
        double low = Math.Min(0, shown.Select(i => estimates[i].Low).DefaultIfEmpty(0).Min());
        double high = shown.Select(i => Math.Max(estimates[i].High, estimates[i].Value!.Value)).DefaultIfEmpty(0).Max();
        plot.Axes.SetLimits(low * 1.1, (high <= 0 ? 1 : high) * 1.35, -0.6, count - 0.4);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => v.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public static void Ticks(Plot plot, IReadOnlyList<string> labels, int rotateAbove = 6)
    {
        plot.Axes.Bottom.SetTicks([.. labels.Select((_, i) => (double)i)], [.. labels]);
        if (labels.Count > rotateAbove)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
            plot.Axes.Bottom.MinimumSize = 90;
        }
    }

    /// <summary>Y from 0 to a little above the highest bar or interval, so labels above the bars fit.</summary>
    public static void LimitY(Plot plot, double highest) => plot.Axes.SetLimitsY(0, highest <= 0 ? 1 : highest * 1.18);

    private static int[] Measured(IReadOnlyList<Estimate> estimates) => [.. Enumerable.Range(0, estimates.Count).Where(i => estimates[i].Value is not null)];

    private static void AddIntervals(Plot plot, int[] shown, IReadOnlyList<Estimate> estimates, double[] positions, double[] values, bool horizontal)
    {
        if (shown.Length == 0)
        {
            return;
        }

        double[] above = [.. shown.Select((i, k) => Math.Max(0, estimates[i].High - values[k]))];
        double[] below = [.. shown.Select((i, k) => Math.Max(0, values[k] - estimates[i].Low))];
        plot.Add.Plottable(horizontal
            ? new ErrorBar(values, positions, above, below, null, null) { LineColor = Colors.Black, CapSize = 6 }
            : new ErrorBar(positions, values, null, null, above, below) { LineColor = Colors.Black, CapSize = 8 });
    }

    public static void CountAxis(Plot plot) =>
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => v.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture),
        };
}
