namespace GaiEval.Reporting.Charts;

using System.Runtime.CompilerServices;
using GaiEval.Core.Reporting;

/// <summary>
/// The charts of one report, drawn once as SVG and PNG together and shared by the writers that show them (report.html
/// inlines the SVG, <see cref="ChartImagesWriter"/> writes the PNG files): whichever writer asks first draws them, the
/// other waits for that drawing. They are kept as long as the report object lives.
/// </summary>
/// <param name="Font">The font the charts were drawn with (its notice goes into the captions).</param>
/// <param name="Charts">What <see cref="ChartRenderer.RenderAll(RunReport, bool)"/> draws, each with its PNG bytes.</param>
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
