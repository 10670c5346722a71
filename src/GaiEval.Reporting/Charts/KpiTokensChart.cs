namespace GaiEval.Reporting.Charts;

using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;
using ScottPlot;

/// <summary>入出力トークン数 per month of real use: input and output side by side, in thousands of tokens.</summary>
internal static class KpiTokensChart
{
    public const string FileStem = "kpi-tokens";

    /// <summary>Null without real use in the log.</summary>
    public static Chart? Render(KpiFindings findings, ChartFont font, string? folder)
    {
        List<TokenGroup> months = [.. findings.Tokens?.ByMonth ?? []];
        if (months.Count == 0)
        {
            return null;
        }

        var labels = new ChartLabels(font);
        string title = labels.Pick("月ごとの入出力トークン数（実利用）", "Tokens per month (real use)");
        string input = labels.Pick("入力", "in");
        string output = labels.Pick("出力", "out");
        return ChartCanvas.Draw(labels, folder, FileStem, title, plot =>
        {
            List<Bar> bars = [];
            for (int i = 0; i < months.Count; i++)
            {
                TokenTotals t = months[i].Totals;
                bars.Add(new Bar { Position = (i * 3) + 0, Value = t.Input / 1000.0, FillColor = Colors.Category10[0], Label = input });
                bars.Add(new Bar { Position = (i * 3) + 1, Value = t.Output / 1000.0, FillColor = Colors.Category10[1], Label = output });
            }

            var barPlot = plot.Add.Bars(bars);
            barPlot.ValueLabelStyle.FontName = font.Name;
            barPlot.ValueLabelStyle.FontSize = 12;
            plot.Axes.Bottom.SetTicks([.. months.Select((_, i) => (i * 3) + 0.5)], [.. months.Select(m => labels.Pick(m.Key, m.Key))]);
            plot.Axes.SetLimitsX(-1, (months.Count * 3) - 1);
            KpiBars.LimitY(plot, months.Max(m => Math.Max(m.Totals.Input, m.Totals.Output)) / 1000.0);
            KpiBars.CountAxis(plot);
            plot.YLabel(labels.Pick("トークン数（千）", "Tokens (thousands)"));
        });
    }
}
