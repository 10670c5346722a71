namespace GaiEval.Providers.Knowledge;

using System.Text;
using GaiEval.Core.Text;

/// <summary>
/// The terms of the retriever: overlapping pairs of Unicode scalar values of the normalised text
/// (<see cref="JapaneseTextNormalizer"/>: NFKC, lower case, no white space), packed into one number each.
/// A pair of two punctuation or symbol characters (「。」, 「##」) is dropped; a pair with one of them is kept.
/// </summary>
internal static class CharacterBigrams
{
    private const int ScalarBits = 21;

    public static List<ulong> Of(string? text)
    {
        string normalized = JapaneseTextNormalizer.Normalize(text);
        var bigrams = new List<ulong>(normalized.Length);
        Rune previous = default;
        bool hasPrevious = false;
        foreach (Rune current in normalized.EnumerateRunes())
        {
            if (hasPrevious && !(IsPunctuationOrSymbol(previous) && IsPunctuationOrSymbol(current)))
            {
                bigrams.Add(Pack(previous, current));
            }

            previous = current;
            hasPrevious = true;
        }

        return bigrams;
    }

    /// <summary>The term of a two-character string, or null when it is not exactly one kept bigram.</summary>
    public static ulong? Single(string bigram)
    {
        List<ulong> bigrams = Of(bigram);
        return bigrams.Count == 1 ? bigrams[0] : null;
    }

    private static ulong Pack(Rune first, Rune second) => ((ulong)first.Value << ScalarBits) | (uint)second.Value;

    private static bool IsPunctuationOrSymbol(Rune rune) => Rune.IsPunctuation(rune) || Rune.IsSymbol(rune);
}
