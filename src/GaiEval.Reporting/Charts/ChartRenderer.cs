namespace GaiEval.Reporting.Charts;

using GaiEval.Core.Reporting;

/// <summary>
/// Draws the report's charts from a <see cref="RunReport"/> (values are only picked, never recomputed), each as SVG text and
/// a PNG file in the given folder. With <see cref="ChartFont.Japanese"/> false every label is ASCII and
/// <see cref="Notice"/> carries the sentence the report should show.
/// </summary>
public sealed class ChartRenderer(ChartFont font)
{
    public ChartRenderer()
        : this(ChartFonts.Resolve())
    {
    }

    public ChartFont Font { get; } = font;

    /// <summary>Japanese notice that the charts use ASCII labels; null when a Japanese font was found.</summary>
    public string? Notice => Font.Notice;

    /// <summary>accuracy.png: 正答率 per provider with 95% interval bars.</summary>
    public Chart Accuracy(RunReport report, string? pngFolder) => ChartCanvas.SavedIn(AccuracyChart.Render(report, Font, pngFolder is not null), pngFolder);

    /// <summary>accuracy-by-category.png: heat map of 正答率, category × provider.</summary>
    public Chart AccuracyByCategory(RunReport report, string? pngFolder) =>
        ChartCanvas.SavedIn(CategoryAccuracyChart.Render(report, Font, pngFolder is not null), pngFolder);

    /// <summary>latency.png: latency percentiles per provider with their intervals.</summary>
    public Chart Latency(RunReport report, string? pngFolder) => ChartCanvas.SavedIn(LatencyChart.Render(report, Font, pngFolder is not null), pngFolder);

    /// <summary>tco.png: monthly cost over monthly volume per priced provider; null without economics or priced providers.</summary>
    public Chart? Cost(RunReport report, string? pngFolder) => CostChart.Render(report, Font, pngFolder is not null) is { } cost ? ChartCanvas.SavedIn(cost, pngFolder) : null;

    /// <summary>Every chart the report's data can fill, in the order above.</summary>
    public IReadOnlyList<Chart> RenderAll(RunReport report, string? pngFolder) =>
        [.. RenderAll(report, withPng: pngFolder is not null).Select(chart => ChartCanvas.SavedIn(chart, pngFolder))];

    /// <summary>Every chart the report's data can fill, in the order above, as SVG and, with <paramref name="withPng"/>, PNG bytes; no file is written.</summary>
    public IReadOnlyList<Chart> RenderAll(RunReport report, bool withPng)
    {
        List<Chart> charts =
        [
            AccuracyChart.Render(report, Font, withPng), CategoryAccuracyChart.Render(report, Font, withPng), LatencyChart.Render(report, Font, withPng),
        ];
        if (CostChart.Render(report, Font, withPng) is { } cost)
        {
            charts.Add(cost);
        }

        return charts;
    }
}
