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

    /// <summary>Bars at each estimate's value with its interval; the labels sit above the intervals, clear of the error bars.</summary>
    public static void AddEstimates(Plot plot, ChartFont font, IReadOnlyList<Estimate> estimates, IReadOnlyList<string> labels, Color color)
    {
        double[] values = [.. estimates.Select(e => e.Value ?? 0)];
        Add(plot, font, values, [.. values.Select(_ => string.Empty)], color);
        double[] positions = [.. values.Select((_, i) => (double)i)];
        double[] above = [.. estimates.Select((e, i) => Math.Max(0, e.High - values[i]))];
        double[] below = [.. estimates.Select((e, i) => Math.Max(0, values[i] - e.Low))];
        plot.Add.Plottable(new ErrorBar(positions, values, null, null, above, below) { LineColor = Colors.Black, CapSize = 8 });
        for (int i = 0; i < values.Length; i++)
        {
            var text = plot.Add.Text(labels[i], i, Math.Max(values[i], estimates[i].High));
            text.LabelFontName = font.Name;
            text.LabelFontSize = 11;
            text.LabelAlignment = Alignment.LowerCenter;
            text.LabelOffsetY = -4;
        }
    }

    /// <summary>
    /// Horizontal bars for many long (Japanese) names, the first at the top, each with its interval and its label to the
    /// right of the interval.
    /// </summary>
    public static void AddHorizontalEstimates(Plot plot, ChartFont font, IReadOnlyList<Estimate> estimates, IReadOnlyList<string> names, IReadOnlyList<string> labels, Color color)
    {
        int count = estimates.Count;
        double[] values = [.. estimates.Select(e => e.Value ?? 0)];
        double[] positions = [.. values.Select((_, i) => (double)(count - 1 - i))];
        Bar[] bars = [.. values.Select((v, i) => new Bar { Position = positions[i], Value = v, FillColor = color })];
        BarPlot barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        double[] above = [.. estimates.Select((e, i) => Math.Max(0, e.High - values[i]))];
        double[] below = [.. estimates.Select((e, i) => Math.Max(0, values[i] - e.Low))];
        plot.Add.Plottable(new ErrorBar(values, positions, above, below, null, null) { LineColor = Colors.Black, CapSize = 6 });
        for (int i = 0; i < count; i++)
        {
            var text = plot.Add.Text(labels[i], Math.Max(values[i], estimates[i].High), positions[i]);
            text.LabelFontName = font.Name;
            text.LabelFontSize = 11;
            text.LabelAlignment = Alignment.MiddleLeft;
            text.LabelOffsetX = 6;
        }

        plot.Axes.Left.SetTicks(positions, [.. names]);
        double low = Math.Min(0, estimates.Min(e => e.Low));
        double high = estimates.Max(e => Math.Max(e.High, e.Value ?? 0));
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

    public static string Format(double? value, string format) => Numbers.Decimal(value, format);

    public static void CountAxis(Plot plot) =>
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => v.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture),
        };
}
