namespace GaiEval.Scoring.Grounding;

using System.Text;

/// <summary>
/// A form of single characters remembered for the whole process: answers draw on a few thousand characters, and
/// normalising each of them again through ICU in every answer was a good part of scoring. Characters of the Basic
/// Multilingual Plane are kept in pages of 256 made when first needed (at most 256 pages); a surrogate pair or a lone
/// surrogate, rare in answers, is computed each time.
/// </summary>
/// <param name="form">The form of one character; it must depend on nothing but the character.</param>
internal sealed class CharacterForms(Func<string, string> form)
{
    private const int PageSize = 256;

    private readonly string?[]?[] pages = new string?[]?[65536 / PageSize];

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

    /// <summary>The form of <paramref name="character"/>: one UTF-16 code unit, or the two of a surrogate pair.</summary>
    public string Of(ReadOnlySpan<char> character)
    {
        if (character.Length != 1 || char.IsSurrogate(character[0]))
        {
            return form(character.ToString());
        }

        char c = character[0];
        string?[] page = Volatile.Read(ref pages[c / PageSize]) ?? NewPage(c / PageSize);

        // Two threads may both compute a missing form; they write the same string, and a reference is written whole.
        return page[c % PageSize] ??= form(c.ToString());
    }

    private string?[] NewPage(int index)
    {
        Interlocked.CompareExchange(ref pages[index], new string?[PageSize], null);
        return pages[index]!;
    }
}
