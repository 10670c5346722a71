namespace GaiEval.Core.Text;

using System.Text;

/// <summary>
/// The normalisation applied before any matching (DESIGN.md "Normalisation"): Unicode NFKC, Latin lower-cased,
/// white space removed, thousands separators between digits removed (1,000 → 1000), dash and long-vowel variants unified.
/// </summary>
/// <remarks>
/// Shared by the scorers and the retriever so that both see the same characters.
/// The wave dash 〜 (U+301C) and the wavy dash 〰 become ~, which is what NFKC makes of the full-width tilde ～ (U+FF5E):
/// Shift_JIS/CP932 round trips turn one into the other, so 「8:30〜17:15」 must match 「8:30～17:15」.
/// </remarks>
public static class JapaneseTextNormalizer
{
    /// <summary>What every dash-like character becomes.</summary>
    public const char Dash = '-';

    /// <summary>What every long-vowel-like mark between kana becomes.</summary>
    public const char LongVowel = 'ー';

    /// <summary>Most characters of a text whose form is remembered (<see cref="RecentForms"/>).</summary>
    private const int RememberedLength = 4096;

    // Each scorer normalises the same answer, reference and passages again, one after another on one thread; the last
    // few forms are kept per thread so that the work is done once per text.
    [ThreadStatic]
    private static RecentForms? recent;

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.Length > RememberedLength)
        {
            return Compute(text);
        }

        recent ??= new RecentForms();
        if (recent.Find(text) is { } known)
        {
            return known;
        }

        string normalized = Compute(text);
        recent.Add(text, normalized);
        return normalized;
    }

    private static string Compute(string text)
    {
        string nfkc = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(nfkc.Length);
        for (int i = 0; i < nfkc.Length; i++)
        {
            char c = nfkc[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (IsThousandsSeparator(nfkc, i))
            {
                continue;
            }

            if (c is '\u301C' or '\u3030')
            {
                builder.Append('~');
                continue;
            }

            if (IsDashVariant(c))
            {
                builder.Append(FollowsKana(builder) ? LongVowel : Dash);
                continue;
            }

            builder.Append(ToLower(c));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Lower case as <see cref="char.ToLowerInvariant(char)"/>, without asking ICU about kana, CJK symbols and ideographs
    /// (U+3000–U+9FFF), which have no case: most characters of a Japanese answer.
    /// </summary>
    internal static char ToLower(char c) => c is >= '\u3000' and <= '\u9FFF' ? c : char.ToLowerInvariant(c);

    private static bool IsThousandsSeparator(string text, int comma)
    {
        if (text[comma] != ',' || comma == 0 || !char.IsAsciiDigit(text[comma - 1]) || comma + 3 >= text.Length)
        {
            return false;
        }

        bool threeDigits = char.IsAsciiDigit(text[comma + 1]) && char.IsAsciiDigit(text[comma + 2]) && char.IsAsciiDigit(text[comma + 3]);
        bool groupEnds = comma + 4 >= text.Length || !char.IsAsciiDigit(text[comma + 4]);
        return threeDigits && groupEnds;
    }

    private static bool IsDashVariant(char c) => c switch
    {
        '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u30FC' or '\uFF70'
            or '\u2500' or '\uFE58' or '\uFE63' or '\u02D7' => true,
        _ => false,
    };

    private static bool FollowsKana(StringBuilder builder)
    {
        if (builder.Length == 0)
        {
            return false;
        }

        char previous = builder[^1];
        return previous == LongVowel || IsKana(previous);
    }

    private static bool IsKana(char c) =>
        (c >= '\u3041' && c <= '\u309F') || (c >= '\u30A0' && c <= '\u30FF' && c != '\u30FB');

    /// <summary>The last few texts normalised on a thread and their forms, the oldest replaced first.</summary>
    private sealed class RecentForms
    {
        private const int Size = 8;

        private readonly (string Text, string Form)[] entries = new (string, string)[Size];
        private int next;

        public string? Find(string text)
        {
            foreach ((string? known, string form) in entries)
            {
                if (string.Equals(known, text, StringComparison.Ordinal))
                {
                    return form;
                }
            }

            return null;
        }

        public void Add(string text, string form)
        {
            entries[next] = (text, form);
            next = (next + 1) % Size;
        }
    }
}
