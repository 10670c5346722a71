namespace GaiEval.Reporting.Charts;

/// <summary>
/// One rendered chart: <see cref="Svg"/> for inlining into HTML (no XML declaration) and, when drawn as PNG too, its bytes
/// (<see cref="Png"/>) and, once saved into a folder (<see cref="SaveIn"/>), the file at <see cref="PngPath"/> for Markdown;
/// both 800×450.
/// </summary>
/// <param name="FileStem">The PNG's file name without extension, e.g. "accuracy".</param>
/// <param name="Title">The chart's title, as drawn (Japanese, or English when <paramref name="AsciiLabels"/>).</param>
/// <param name="FontName">The font family every label was drawn with.</param>
/// <param name="AsciiLabels">True when no Japanese font was installed and the labels were drawn in ASCII.</param>
public sealed record Chart(string FileStem, string Title, string Svg, string? PngPath, string FontName, bool AsciiLabels)
{
    /// <summary>The PNG image's bytes, encoded when first asked for; empty when the chart was drawn as SVG only.</summary>
    public ReadOnlyMemory<byte> Png => PngEncoding?.Value ?? default;

    /// <summary>Encodes the drawn image as PNG once, on the thread that first needs it; null without a PNG.</summary>
    internal Lazy<byte[]>? PngEncoding { get; init; }

    /// <summary>Writes <see cref="Png"/> into <paramref name="folder"/> as FileStem.png and returns the chart with that path.</summary>
    public Chart SaveIn(string folder)
    {
        if (Png.IsEmpty)
        {
            throw new InvalidOperationException($"The chart {FileStem} was drawn without its PNG image.");
        }

        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, FileStem + ".png");
        File.WriteAllBytes(path, Png.Span);
        return this with { PngPath = path };
    }
}
