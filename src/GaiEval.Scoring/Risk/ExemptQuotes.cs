namespace GaiEval.Scoring.Risk;

using GaiEval.Core.Text;
using GaiEval.Scoring.Lexical;

/// <summary>
/// An answer with what it quotes from exempt sources (the ward's own documents) blanked out, so that text a non-exempt
/// source shares with the ward's documents (a rate table given in the question and also in the knowledge base) is not
/// taken for a copy of the non-exempt source.
/// </summary>
internal static class ExemptQuotes
{
    /// <summary>First of the private-use characters that stand for blanked characters; each position gets its own, so none match.</summary>
    private const char Blank = '\uE000';

    private const int Blanks = 6400;

    /// <summary>
    /// The normalised answer with every character inside a <see cref="VerbatimCopyScreen.NgramLength"/>-gram that occurs
    /// in an exempt text replaced by a character no source contains; the answer normalised as it is when nothing is exempt.
    /// </summary>
    public static string Blanked(string? answer, IReadOnlyList<string> exemptTexts)
    {
        string text = JapaneseTextNormalizer.Normalize(answer);
        int n = VerbatimCopyScreen.NgramLength;
        if (exemptTexts.Count == 0 || text.Length < n)
        {
            return text;
        }

        var exemptGrams = new HashSet<string>(StringComparer.Ordinal);
        foreach (string exempt in exemptTexts)
        {
            CharacterNgrams.AddTo(exemptGrams, JapaneseTextNormalizer.Normalize(exempt), n);
        }

        var isExempt = exemptGrams.GetAlternateLookup<ReadOnlySpan<char>>();
        var quoted = new bool[text.Length];
        for (int i = 0; i + n <= text.Length; i++)
        {
            if (isExempt.Contains(text.AsSpan(i, n)))
            {
                Array.Fill(quoted, true, i, n);
            }
        }

        return string.Create(text.Length, (text, quoted), static (span, state) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = state.quoted[i] ? (char)(Blank + (i % Blanks)) : state.text[i];
            }
        });
    }
}
