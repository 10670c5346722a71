namespace GaiEval.Scoring.Grounding;

using System.Collections.Concurrent;
using System.Text;

/// <summary>
/// A form of single characters (a rune, or a lone surrogate) remembered for the whole process: answers draw on a few
/// thousand characters, and normalising each of them again through ICU in every answer was a good part of scoring.
/// </summary>
/// <param name="form">The form of one character; it must depend on nothing but the character.</param>
internal sealed class CharacterForms(Func<string, string> form)
{
    /// <summary>The most characters remembered; past it a character is computed each time (an answer of random symbols).</summary>
    private const int Capacity = 1 << 16;

    private readonly ConcurrentDictionary<string, string> remembered = new(StringComparer.Ordinal);
    private int count;

    /// <summary>NFKC (a lone surrogate, which ICU refuses, stays as it is).</summary>
    public static CharacterForms Nfkc { get; } = new(character =>
    {
        try
        {
            return character.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return character;
        }
    });

    public string Of(ReadOnlySpan<char> character)
    {
        var lookup = remembered.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(character, out string? known))
        {
            return known;
        }

        string text = character.ToString();
        string result = form(text);
        if (Volatile.Read(ref count) < Capacity && remembered.TryAdd(text, result))
        {
            Interlocked.Increment(ref count);
        }

        return result;
    }
}
