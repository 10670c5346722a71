namespace GaiEval.Providers.Tokens;

/// <summary>
/// Cuts a text into pieces of at most <see cref="MaximumLength"/> characters for counting, so that counting stays linear
/// in the text's length: byte-pair encoding is quadratic in the length of one pre-token, and a run of letters with no
/// space or punctuation (Japanese prose, or a model repeating one character 200,000 times) is a single pre-token. A piece
/// ends after 。、！？ or before white space when one lies in its last half, where the tokenizer would split anyway, so
/// ordinary text counts exactly; only a run longer than half a piece is cut mid-run (then the count may be a token or
/// two high per cut). Surrogate pairs are never split.
/// </summary>
internal static class TokenChunks
{
    public const int MaximumLength = 512;

    private const string CutAfter = "。、！？!?.,，．\n";

    public static IEnumerable<ReadOnlyMemory<char>> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int start = 0;
        while (text.Length - start > MaximumLength)
        {
            int end = Cut(text, start);
            yield return text.AsMemory(start, end - start);
            start = end;
        }

        if (start < text.Length)
        {
            yield return text.AsMemory(start);
        }
    }

    /// <summary>Where the piece that starts at <paramref name="start"/> ends (exclusive).</summary>
    private static int Cut(string text, int start)
    {
        int limit = start + MaximumLength;
        for (int i = limit; i > start + (MaximumLength / 2); i--)
        {
            if (CutAfter.Contains(text[i - 1], StringComparison.Ordinal) || char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }
}
