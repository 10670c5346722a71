namespace GaiEval.Scoring.Lexical;

/// <summary>The distinct runs of n characters of a text (code units, as the text is given: normalise first).</summary>
public static class CharacterNgrams
{
    /// <summary>Every distinct substring of <paramref name="length"/> characters; empty when the text is shorter.</summary>
    public static HashSet<string> Of(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var grams = new HashSet<string>(StringComparer.Ordinal);
        AddTo(grams, text, length);
        return grams;
    }

    /// <summary>Adds to <paramref name="grams"/> every run of <paramref name="length"/> characters of <paramref name="text"/> it lacks.</summary>
    public static void AddTo(HashSet<string> grams, string text, int length)
    {
        ArgumentNullException.ThrowIfNull(grams);
        ArgumentNullException.ThrowIfNull(text);
        var lookup = grams.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i + length <= text.Length; i++)
        {
            lookup.Add(text.AsSpan(i, length));
        }
    }

    /// <summary>
    /// How many of <paramref name="grams"/> (the distinct runs of <paramref name="length"/> characters of some text, from
    /// <see cref="Of"/>) also occur in <paramref name="other"/>.
    /// </summary>
    public static int SharedCount(HashSet<string> grams, string other, int length)
    {
        ArgumentNullException.ThrowIfNull(grams);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var lookup = grams.GetAlternateLookup<ReadOnlySpan<char>>();
        var shared = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + length <= other.Length; i++)
        {
            if (lookup.TryGetValue(other.AsSpan(i, length), out string? gram))
            {
                shared.Add(gram);
            }
        }

        return shared.Count;
    }
}
