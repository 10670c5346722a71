namespace GaiEval.Reporting.Charts;

using System.Xml.Linq;
using ScottPlot;
using SkiaSharp;

/// <summary>
/// Skia's SVG output rebuilds each text from its glyphs, and a CJK font maps several code points to one glyph, so 月 can
/// come back as the Kangxi radical ⽉ and ・ as ‧. Searching, copying and screen readers need the original characters:
/// every SVG text whose glyphs equal those of a label the chart drew gets that label back.
/// </summary>
internal static class SvgTextRestorer
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Restore(string svg, string fontName, IEnumerable<string> labels)
    {
        SKTypeface typeface = Fonts.GetTypeface(fontName, bold: false, italic: false);
        Dictionary<string, string> byGlyphs = [];
        foreach (string label in labels)
        {
            byGlyphs.TryAdd(GlyphKey(typeface, label), label);
        }

        XDocument document = XDocument.Parse(svg);
        foreach (XElement text in document.Descendants(Svg + "text").Where(t => !t.HasElements))
        {
            string drawn = text.Value.Trim();
            if (byGlyphs.TryGetValue(GlyphKey(typeface, drawn), out string? label) && label != drawn)
            {
                text.Value = text.Value.Replace(drawn, label, StringComparison.Ordinal);
            }
        }

        return document.Root!.ToString(SaveOptions.DisableFormatting);
    }

    private static string GlyphKey(SKTypeface typeface, string text) => string.Join(',', typeface.GetGlyphs(text));
}
