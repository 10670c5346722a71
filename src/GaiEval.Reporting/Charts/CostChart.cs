namespace GaiEval.Reporting.Charts;

using System.Globalization;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Reporting;
using ScottPlot;

/// <summary>
/// TCO: each priced provider's monthly cost (fixed + per task × volume) over the monthly volume, with the plan's volume
/// and the break-even points where two lines cross.
/// </summary>
internal static class CostChart
{
    public const string FileStem = "tco";

    /// <summary>Null when the run has no economics or no provider's cost was estimated.</summary>
    public static Chart? Render(RunReport report, ChartFont font, bool withPng)
    {
        EconomicsAnalysis? economics = report.Economics;
        List<ProviderEconomics> priced = economics is null
            ? []
            : [.. economics.Providers.Where(p => p.Cost.Status == CostStatus.Estimated && p.Cost.VariablePerTask is not null)];
        if (economics is null || priced.Count == 0)
        {
            return null;
        }

        var labels = new ChartLabels(font);
        List<BreakEven> crossings = [.. economics.BreakEvens.Where(b => b.Kind == BreakEvenKind.Crosses && b.Volume is not null)];
        double maxVolume = new[] { economics.MonthlyVolume * 2 }
            .Concat(crossings.Select(b => b.Volume!.Value * 1.5))
            .Append(1)
            .Max();
        string currency = economics.Currency ?? string.Empty;
        string title = labels.Pick("月額費用と月間件数（TCO）", "Monthly cost by monthly volume (TCO)");
        double top = priced.Max(p => Math.Max(MonthlyCost(p, 0), MonthlyCost(p, maxVolume))) * 1.12;
        return ChartCanvas.Draw(labels, withPng, FileStem, title, plot =>
        {
            for (int i = 0; i < priced.Count; i++)
            {
                var line = plot.Add.Line(0, MonthlyCost(priced[i], 0), maxVolume, MonthlyCost(priced[i], maxVolume));
                line.Color = Colors.Category10[i % 10];
                line.LineWidth = 2;
                string name = labels.Provider(priced[i].ProviderId, priced[i].Name);
                AddLabel(plot, font, name, maxVolume, MonthlyCost(priced[i], maxVolume), line.Color, Alignment.LowerRight);
            }

            if (economics.MonthlyVolume > 0)
            {
                plot.Add.VerticalLine(economics.MonthlyVolume, 1, Colors.Gray, LinePattern.Dashed);
                AddLabel(plot, font, labels.Pick("計画の月間件数", "Planned volume"), economics.MonthlyVolume, top, Colors.Gray, Alignment.UpperLeft);
            }

            AddBreakEvens(plot, font, labels, priced, crossings);
            plot.Axes.SetLimits(0, maxVolume, 0, top);
            plot.XLabel(labels.Pick("月間件数", "Tasks per month"));
            plot.YLabel(labels.Pick($"月額費用（{currency}）", $"Monthly cost ({ChartLabels.Ascii(currency, "currency")})"));
        });
    }

    private static string Count(double volume) => volume.ToString("N0", CultureInfo.InvariantCulture);

    // Lines are labelled in place rather than in a legend: ScottPlot clips the first legend row in CJK fonts.
    private static void AddLabel(Plot plot, ChartFont font, string label, double x, double y, Color color, Alignment alignment)
    {
        var text = plot.Add.Text(label, x, y);
        text.LabelFontName = font.Name;
        text.LabelFontSize = 12;
        text.LabelFontColor = color;
        text.LabelAlignment = alignment;
        text.LabelOffsetX = alignment == Alignment.LowerRight ? -4 : 4;
        text.LabelOffsetY = alignment == Alignment.LowerRight ? -4 : 10;
    }

    private static double MonthlyCost(ProviderEconomics provider, double volume) =>
        (provider.Cost.Fixed?.Total ?? 0) + (provider.Cost.VariablePerTask!.Value * volume);

    private static void AddBreakEvens(Plot plot, ChartFont font, ChartLabels labels, List<ProviderEconomics> priced, List<BreakEven> crossings)
    {
        foreach (BreakEven crossing in crossings)
        {
            ProviderEconomics? first = priced.FirstOrDefault(p => p.ProviderId == crossing.FirstProviderId);
            if (first is null || priced.All(p => p.ProviderId != crossing.SecondProviderId))
            {
                continue;
            }

            double volume = crossing.Volume!.Value;
            double cost = MonthlyCost(first, volume);
            var marker = plot.Add.Marker(volume, cost, MarkerShape.FilledDiamond, 12, Colors.Black);
            var text = plot.Add.Text(labels.Pick($"損益分岐 {Count(volume)}件/月", $"break-even {Count(volume)}/month"), volume, cost);
            text.LabelFontName = font.Name;
            text.LabelFontSize = 12;
            text.LabelAlignment = Alignment.UpperRight;
            text.LabelOffsetX = -8;
            text.LabelOffsetY = 16;
        }
    }
}
