namespace GaiEval.Reporting.Charts;

using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Reporting.Text;
using ScottPlot;

/// <summary>利用者満足度: per wave, the shares of scores 1–5 among the users who answered, stacked to 100%.</summary>
internal static class KpiSatisfactionChart
{
    public const string FileStem = "kpi-satisfaction";

    private static readonly Color[] ScoreColors =
        [Color.FromHex("#d73027"), Color.FromHex("#fc8d59"), Color.FromHex("#bdbdbd"), Color.FromHex("#91bfdb"), Color.FromHex("#4575b4")];

    /// <summary>Null when no wave has a user's answer.</summary>
    public static Chart? Render(KpiFindings findings, ChartFont font, string? folder)
    {
        List<WaveSatisfaction> waves = [.. findings.Satisfaction?.Waves.Where(w => w.Users.N > 0) ?? []];
        if (waves.Count == 0)
        {
            return null;
        }

        var labels = new ChartLabels(font);
        string title = labels.Pick("満足度の分布（回次別、利用者の回答）", "Satisfaction by wave (users' answers)");
        return ChartCanvas.Draw(labels, folder, FileStem, title, plot =>
        {
            List<Bar> bars = [];
            List<(string Text, double X, double Y)> texts = [];
            for (int i = 0; i < waves.Count; i++)
            {
                SatisfactionFigures users = waves[i].Users;
                double bottom = 0;
                for (int score = 1; score <= 5; score++)
                {
                    double share = (double)users.Distribution[score - 1] / users.N;
                    bars.Add(new Bar { Position = i, ValueBase = bottom, Value = bottom + share, FillColor = ScoreColors[score - 1], LineWidth = 0 });
                    if (share >= 0.05)
                    {
                        texts.Add((labels.Pick($"{score}: {Numbers.Percent(share)}", $"{score}: {Numbers.Percent(share)}"), i, bottom + (share / 2)));
                    }

                    bottom += share;
                }
            }

            plot.Add.Bars(bars);
            foreach ((string text, double x, double y) in texts)
            {
                Label(plot, font, text, x, y);
            }

            KpiBars.Ticks(plot, [.. waves.Select(w => labels.Pick($"{w.Wave}（n={w.Users.N}）", $"{ChartLabels.Ascii(w.Wave, "wave")} (n={w.Users.N})"))]);
            plot.Axes.SetLimits(-0.6, waves.Count - 0.4, 0, 1);
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => Numbers.Percent(v) };
            plot.YLabel(labels.Pick("回答の割合（満足度1〜5）", "Share of answers (score 1-5)"));
        });
    }

    private static void Label(Plot plot, ChartFont font, string text, double x, double y)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontName = font.Name;
        label.LabelFontSize = 12;
        label.LabelAlignment = Alignment.MiddleCenter;
        label.LabelFontColor = Colors.Black;
    }
}
