namespace GaiEval.Reporting.Charts;

using System.Runtime.CompilerServices;
using GaiEval.Core.Reporting;

/// <summary>
/// The charts of one report, drawn once and shared by the writers that show them: report.html inlines their SVG,
/// <see cref="ChartImagesWriter"/> writes their PNG files (each encoded once, by the first writer that asks for it).
/// Whichever writer asks first draws them, another that asks meanwhile waits for that drawing. They are kept as long as
/// the report object lives.
/// </summary>
/// <param name="Font">The font the charts were drawn with (its notice goes into the captions).</param>
/// <param name="Charts">What <see cref="ChartRenderer.RenderAll(RunReport, bool)"/> draws, each with its PNG image.</param>
public sealed record ReportCharts(ChartFont Font, IReadOnlyList<Chart> Charts)
{
    private static readonly ConditionalWeakTable<RunReport, Lazy<ReportCharts>> Drawn = [];

    public static ReportCharts For(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Drawn.GetValue(report, r => new Lazy<ReportCharts>(() => Draw(r))).Value;
    }

    private static ReportCharts Draw(RunReport report)
    {
        var renderer = new ChartRenderer();
        return new ReportCharts(renderer.Font, renderer.RenderAll(report, withPng: true));
    }
}
