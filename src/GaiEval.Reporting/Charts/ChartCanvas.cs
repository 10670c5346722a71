namespace GaiEval.Reporting.Charts;

using ScottPlot;

/// <summary>Creates plots in the chosen font and draws them as SVG text and, when asked, PNG; 800×450.</summary>
internal static class ChartCanvas
{
    public const int Width = 800;
    public const int Height = 450;

    // Fonts.Default is global and copied into every label when a Plot is constructed, so plots are built one at a time.
    private static readonly Lock Gate = new();

    /// <summary>Draws the chart as SVG and, when <paramref name="folder"/> is given, as a PNG file in it.</summary>
    public static Chart Draw(ChartLabels labels, string? folder, string fileStem, string title, Action<Plot> draw) =>
        SavedIn(Draw(labels, withPng: folder is not null, fileStem, title, draw), folder);

    /// <summary>The chart saved into <paramref name="folder"/> (<see cref="Chart.SaveIn"/>); as it is when no folder is given.</summary>
    public static Chart SavedIn(Chart chart, string? folder) => folder is null ? chart : chart.SaveIn(folder);

    /// <summary>Draws the chart as SVG and, with <paramref name="withPng"/>, as PNG bytes (<see cref="Chart.Png"/>); writes no file.</summary>
    public static Chart Draw(ChartLabels labels, bool withPng, string fileStem, string title, Action<Plot> draw)
    {
        ChartFont font = labels.Font;
        lock (Gate)
        {
            string previousDefault = Fonts.Default;
            Fonts.Default = font.Name;
            try
            {
                return Render(font, labels, withPng, fileStem, title, draw);
            }
            finally
            {
                Fonts.Default = previousDefault;
            }
        }
    }

    private static Chart Render(ChartFont font, ChartLabels labels, bool withPng, string fileStem, string title, Action<Plot> draw)
    {
        using var plot = new Plot();
        plot.Font.Set(font.Name);
        plot.Legend.FontName = font.Name;
        plot.Title(title);
        draw(plot);
        plot.Axes.Title.Label.FontName = font.Name;
        ((ScottPlot.AxisPanels.AxisBase)plot.Axes.Left).PaddingOutsideAxisLabels = new PixelPadding(8);

        // The image is drawn now (the plot is disposed below); its PNG encoding, as long as drawing the SVG, waits for a writer that needs it.
        Image? image = withPng ? plot.GetImage(Width, Height) : null;
        string svgXml = plot.GetSvgXml(Width, Height);
        string svg = SvgTextRestorer.Restore(WithoutXmlDeclaration(svgXml), font.Name, labels.Given);
        return new Chart(fileStem, title, svg, PngPath: null, font.Name, AsciiLabels: !font.Japanese) { PngEncoding = image is null ? null : new(() => Encode(image)) };
    }

    private static byte[] Encode(Image image)
    {
        using (image)
        {
            return image.GetImageBytes(ImageFormat.Png);
        }
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
