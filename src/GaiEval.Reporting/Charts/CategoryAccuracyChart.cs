namespace GaiEval.Reporting.Charts;

using GaiEval.Core.Analysis;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Text;
using ScottPlot;

/// <summary>正答率 by category (rows) × provider (columns) as a heat map, each cell labelled with its share and n.</summary>
internal static class CategoryAccuracyChart
{
    public const string FileStem = "accuracy-by-category";

    public static Chart Render(RunReport report, ChartFont font, bool withPng)
    {
        var labels = new ChartLabels(font);
        IReadOnlyList<ProviderAnalysis> providers = report.Analysis.Providers;
        IReadOnlyList<string> categories = [.. providers.SelectMany(p => p.AccuracyByCategory.Select(c => c.Name)).Distinct()];
        string title = labels.Pick("業務分野別の正答率", "Accuracy by category");
        IColormap colormap = new ScottPlot.Colormaps.Viridis();
        return ChartCanvas.Draw(labels, withPng, FileStem, title, plot =>
        {
            for (int column = 0; column < providers.Count; column++)
            {
                for (int row = 0; row < categories.Count; row++)
                {
                    Estimate? accuracy = providers[column].AccuracyByCategory.FirstOrDefault(c => c.Name == categories[row])?.Accuracy;
                    DrawCell(plot, font, colormap, column, categories.Count - 1 - row, accuracy);
                }
            }

            plot.Axes.Bottom.SetTicks([.. providers.Select((_, i) => (double)i)], TickLabelWrap.ProviderNames(plot, labels, providers));
            plot.Axes.Left.SetTicks(
                [.. categories.Select((_, i) => (double)(categories.Count - 1 - i))],
                [.. categories.Select((c, i) => labels.Category(c, i))]);
            plot.Axes.SetLimits(-0.5, providers.Count - 0.5, -0.5, categories.Count - 0.5);
            plot.HideGrid();
        });
    }

    private static void DrawCell(Plot plot, ChartFont font, IColormap colormap, int x, int y, Estimate? accuracy)
    {
        var rectangle = plot.Add.Rectangle(x - 0.5, x + 0.5, y - 0.5, y + 0.5);
        rectangle.LineColor = Colors.White;
        rectangle.LineWidth = 2;
        bool measured = accuracy?.Value is not null;
        rectangle.FillColor = measured ? colormap.GetColor(accuracy!.Value!.Value) : Colors.LightGray;

        string text = measured ? $"{Numbers.Percent(accuracy!.Value)} (n={accuracy.N})" : "n=0";
        var label = plot.Add.Text(text, x, y);
        label.LabelFontName = font.Name;
        label.LabelFontSize = 13;
        label.LabelAlignment = Alignment.MiddleCenter;
        label.LabelFontColor = !measured || accuracy!.Value!.Value > 0.6 ? Colors.Black : Colors.White;
    }
}
