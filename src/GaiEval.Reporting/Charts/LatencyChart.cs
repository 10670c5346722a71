namespace GaiEval.Reporting.Charts;

using GaiEval.Core.Analysis;
using GaiEval.Core.Reporting;
using ScottPlot;
using ScottPlot.Plottables;

/// <summary>
/// The latency distribution per provider as its analysed percentiles (p50, p90, p95, p99), each with its bootstrap
/// interval; providers without a measured latency are labelled n=0.
/// </summary>
internal static class LatencyChart
{
    public const string FileStem = "latency";

    private static readonly (string Name, Func<LatencyPercentiles, Estimate> Pick)[] Percentiles =
    [
        ("p50", p => p.P50),
        ("p90", p => p.P90),
        ("p95", p => p.P95),
        ("p99", p => p.P99),
    ];

    public static Chart Render(RunReport report, ChartFont font, bool withPng)
    {
        var labels = new ChartLabels(font);
        IReadOnlyList<ProviderAnalysis> providers = report.Analysis.Providers;
        string title = labels.Pick("応答時間の分布（パーセンタイルと95%区間）", "Latency percentiles (95% CI)");
        return ChartCanvas.Draw(labels, withPng, FileStem, title, plot =>
        {
            for (int k = 0; k < Percentiles.Length; k++)
            {
                AddPercentile(plot, providers, k);
            }

            string[] names = TickLabelWrap.ProviderNames(plot, labels, providers);
            plot.Axes.Bottom.SetTicks(
                [.. providers.Select((_, i) => (double)i)],
                [.. providers.Select((p, i) => p.Latency.LatencyMs is null ? names[i] + "\nn=0" : names[i])]);
            plot.Axes.SetLimitsX(-0.5, providers.Count - 0.5);
            plot.Axes.Margins(bottom: 0);
            plot.YLabel(labels.Pick("応答時間（ミリ秒）", "Latency (ms)"));
        });
    }

    private static void AddPercentile(Plot plot, IReadOnlyList<ProviderAnalysis> providers, int k)
    {
        var measured = providers
            .Select((p, i) => (Position: i + ((k - 1.5) * 0.12), Estimate: p.Latency.LatencyMs is { } l ? Percentiles[k].Pick(l) : null))
            .Where(x => x.Estimate?.Value is not null)
            .ToList();
        if (measured.Count == 0)
        {
            return;
        }

        double[] xs = [.. measured.Select(x => x.Position)];
        double[] ys = [.. measured.Select(x => x.Estimate!.Value!.Value)];
        Color color = Colors.Category10[k];
        var points = plot.Add.ScatterPoints(xs, ys, color);
        points.MarkerSize = 9;
        // Labelled in place rather than in a legend: ScottPlot clips the first legend row of a CJK font (ScottPlot#5213).
        var name = plot.Add.Text(Percentiles[k].Name, xs[0], ys[0]);
        name.LabelFontName = ChartFonts.LatinFontName();
        name.LabelFontSize = 11;
        name.LabelFontColor = color;
        name.LabelAlignment = Alignment.MiddleLeft;
        name.LabelOffsetX = 6;
        plot.Add.Plottable(new ErrorBar(
            xs,
            ys,
            null,
            null,
            [.. measured.Select((x, i) => x.Estimate!.High - ys[i])],
            [.. measured.Select((x, i) => ys[i] - x.Estimate!.Low)])
        { LineColor = color, CapSize = 5 });
    }
}
