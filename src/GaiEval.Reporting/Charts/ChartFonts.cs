namespace GaiEval.Reporting.Charts;

using ScottPlot;
using SkiaSharp;

/// <summary>
/// Finds an installed font with Japanese glyphs by name. Names are checked against the family the font manager actually
/// resolves, because an unknown name silently falls back to a default typeface (font detection by character does not work
/// with the SkiaSharp build ScottPlot uses on Linux).
/// </summary>
public static class ChartFonts
{
    public const string JapaneseSample = "日本語";

    public static IReadOnlyList<string> JapaneseCandidates { get; } =
        ["Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "IPAGothic", "Yu Gothic", "Meiryo"];

    public static IReadOnlyList<string> LatinCandidates { get; } = ["DejaVu Sans", "Liberation Sans", "Noto Sans"];

    /// <summary>The first of <paramref name="candidates"/> (default <see cref="JapaneseCandidates"/>) that is installed and has Japanese glyphs.</summary>
    public static ChartFont Resolve(IEnumerable<string>? candidates = null)
    {
        string? japanese = (candidates ?? JapaneseCandidates).FirstOrDefault(name => IsInstalled(name) && HasGlyphs(name, JapaneseSample));
        if (japanese is not null)
        {
            return ChartFont.WithJapanese(japanese);
        }

        return ChartFont.AsciiFallback(LatinFontName());
    }

    /// <summary>An installed sans-serif Latin font (ScottPlot's own default is serif).</summary>
    public static string LatinFontName() => LatinCandidates.FirstOrDefault(IsInstalled) ?? Fonts.Default;

    public static bool IsInstalled(string name) =>
        string.Equals(Fonts.GetTypeface(name, bold: false, italic: false).FamilyName, name, StringComparison.Ordinal);

    public static bool HasGlyphs(string name, string text)
    {
        SKTypeface typeface = Fonts.GetTypeface(name, bold: false, italic: false);
        return typeface.ContainsGlyphs(text);
    }
}
