namespace GaiEval.Scoring.Risk;

using System.Globalization;
using System.Text;
using GaiEval.Core.Text;
using GaiEval.Scoring.Grounding;

/// <summary>
/// A <see cref="RiskText"/>'s NFKC text normalised as <see cref="JapaneseTextNormalizer"/> does (lower case, white space
/// removed), one character at a time, with every dash written as ー, remembering where each character came from.
/// </summary>
internal sealed class CompactText
{
    private static readonly CharacterForms Compacted = new(Normalize);

    private readonly List<(int Start, int End)> sources;

    private CompactText(string text, List<(int Start, int End)> sources)
    {
        Text = text;
        this.sources = sources;
    }

    public string Text { get; }

    public static CompactText Of(string normalized)
    {
        var builder = new StringBuilder(normalized.Length);
        var sources = new List<(int Start, int End)>(normalized.Length);
        Span<char> character = stackalloc char[2];
        int index = 0;
        foreach (Rune rune in normalized.EnumerateRunes())
        {
            string compact = Compacted.Of(character[..rune.EncodeToUtf16(character)]);
            int end = index + rune.Utf16SequenceLength;
            if (ComposedWithPrevious(builder, compact) is char composed)
            {
                builder[^1] = composed;
                sources[^1] = (sources[^1].Start, end);
            }
            else
            {
                builder.Append(compact);
                sources.AddRange(Enumerable.Repeat((index, end), compact.Length));
            }

            index = end;
        }

        return new CompactText(builder.ToString(), sources);
    }

    /// <summary>
    /// A term as the text is compacted. Dashes are unified to one mark on both sides because the normaliser writes a dash
    /// as ー only after kana, which a character taken alone never is.
    /// </summary>
    public static string Normalize(string text) =>
        JapaneseTextNormalizer.Normalize(text).Replace(JapaneseTextNormalizer.Dash, JapaneseTextNormalizer.LongVowel);

    /// <summary>
    /// A combining mark the text was left with (ﾎﾟ read one character at a time is ホ and a separate ゜) composed with the
    /// character before it (ポ), or null when they do not compose.
    /// </summary>
    private static char? ComposedWithPrevious(StringBuilder builder, string mark)
    {
        if (builder.Length == 0 || mark.Length != 1 || CharUnicodeInfo.GetUnicodeCategory(mark[0]) != UnicodeCategory.NonSpacingMark)
        {
            return null;
        }

        string composed = string.Concat(builder[^1], mark).Normalize(NormalizationForm.FormC);
        return composed.Length == 1 ? composed[0] : null;
    }

    /// <summary>The span, in the NFKC text, of the compact characters from <paramref name="start"/> to before <paramref name="end"/>.</summary>
    public (int Start, int End) Unfolded(int start, int end) => (sources[start].Start, sources[end - 1].End);
}
