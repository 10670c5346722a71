namespace GaiEval.Scoring.Lexical;

/// <summary>The distinct runs of n characters of a text (code units, as the text is given: normalise first).</summary>
public static class CharacterNgrams
{
    /// <summary>Every distinct substring of <paramref name="length"/> characters; empty when the text is shorter.</summary>
    public static HashSet<string> Of(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        return text.Length < length ? [] : [.. Enumerable.Range(0, text.Length - length + 1).Select(i => text.Substring(i, length))];
    }
}
