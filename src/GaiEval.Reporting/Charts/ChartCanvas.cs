namespace GaiEval.Reporting.Charts;

using ScottPlot;

/// <summary>Creates plots in the chosen font and saves them as SVG text and, when given a folder, PNG; 800×450.</summary>
internal static class ChartCanvas
{
    public const int Width = 800;
    public const int Height = 450;

    // Fonts.Default is global and copied into every label when a Plot is constructed, so plots are built one at a time.
    private static readonly Lock Gate = new();

    public static Chart Draw(ChartLabels labels, string? folder, string fileStem, string title, Action<Plot> draw)
    {
        ChartFont font = labels.Font;
        lock (Gate)
        {
            string previousDefault = Fonts.Default;
            Fonts.Default = font.Name;
            try
            {
                return Render(font, labels, folder, fileStem, title, draw);
            }
            finally
            {
                Fonts.Default = previousDefault;
            }
        }
    }

    private static Chart Render(ChartFont font, ChartLabels labels, string? folder, string fileStem, string title, Action<Plot> draw)
    {
        using var plot = new Plot();
        plot.Font.Set(font.Name);
        plot.Legend.FontName = font.Name;
        plot.Title(title);
        draw(plot);
        plot.Axes.Title.Label.FontName = font.Name;
        ((ScottPlot.AxisPanels.AxisBase)plot.Axes.Left).PaddingOutsideAxisLabels = new PixelPadding(8);

        string? pngPath = null;
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
            pngPath = Path.Combine(folder, fileStem + ".png");
            plot.SavePng(pngPath, Width, Height);
        }

        string svg = SvgTextRestorer.Restore(WithoutXmlDeclaration(plot.GetSvgXml(Width, Height)), font.Name, labels.Given);
        return new Chart(fileStem, title, svg, pngPath, font.Name, AsciiLabels: !font.Japanese);
    }

    private static string WithoutXmlDeclaration(string svg)
    {
        string trimmed = svg.TrimStart();
        if (!trimmed.StartsWith("<?xml", StringComparison.Ordinal))
        {
            return trimmed;
        }

        int end = trimmed.IndexOf("?>", StringComparison.Ordinal);
        return trimmed[(end + 2)..].TrimStart();
    }
}
