namespace GaiEval.Reporting.Charts;

using System.Text;

/// <summary>
/// Chooses each label in Japanese or, when the font has no Japanese glyphs, in ASCII only, and remembers every label it
/// gave out so that <see cref="SvgTextRestorer"/> can put the original characters back into the SVG.
/// </summary>
internal sealed class ChartLabels(ChartFont font)
{
    private readonly HashSet<string> given = new(StringComparer.Ordinal);

    public ChartFont Font => font;

    public IReadOnlyCollection<string> Given => given;

    public string Pick(string japanese, string english) => Give(font.Japanese ? japanese : english);

    /// <summary>The provider's display name, or its id in ASCII.</summary>
    public string Provider(string id, string name) => Give(font.Japanese ? name : Ascii(id, "provider"));

    /// <summary>The category's name, or "category N" (1-based, in the analysis order) in ASCII.</summary>
    public string Category(string name, int index) => Give(font.Japanese ? name : $"category {index + 1}");

    /// <summary>A label given out before, reshaped (e.g. broken into lines) and given out again.</summary>
    public string Wrapped(string label, Func<string, string> reshape) => Give(reshape(label));

    public static string Ascii(string text, string fallback)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(c is >= ' ' and <= '~' ? c : '_');
        }

        string ascii = builder.ToString().Trim('_', ' ');
        return ascii.Length == 0 ? fallback : ascii;
    }

    private string Give(string label)
    {
        given.Add(label);
        foreach (string line in label.Split('\n'))
        {
            given.Add(line);
        }

        return label;
    }
}
