namespace GaiEval.Core.Text;

/// <summary>
/// Finds a phrase in normalised text, as the rule scorer, the fact check and the gold-set lint all do: the phrase after
/// <see cref="JapaneseTextNormalizer"/>, and a phrase that begins or ends with a digit only where no digit touches it
/// (「300円」 is not in 「1,300円」, 「8:30」 not in 「18:30」): plain substring search would let a wrong amount satisfy a rule.
/// A phrase that normalises to nothing is never found.
/// </summary>
public static class PhraseSearch
{
    /// <summary>Whether <paramref name="phrase"/>, normalised, occurs in the already normalised <paramref name="normalizedText"/>.</summary>
    public static bool Contains(string normalizedText, string phrase) =>
        ContainsNormalized(normalizedText, JapaneseTextNormalizer.Normalize(phrase));

    /// <summary>As <see cref="Contains"/>, for a phrase already normalised (to search many texts for one phrase).</summary>
    public static bool ContainsNormalized(string normalizedText, string needle)
    {
        if (needle.Length == 0)
        {
            return false;
        }

        bool digitStart = char.IsAsciiDigit(needle[0]);
        bool digitEnd = char.IsAsciiDigit(needle[^1]);
        for (int at = normalizedText.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = normalizedText.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            int end = at + needle.Length;
            bool startClear = !digitStart || at == 0 || !char.IsAsciiDigit(normalizedText[at - 1]);
            bool endClear = !digitEnd || end == normalizedText.Length || !char.IsAsciiDigit(normalizedText[end]);
            if (startClear && endClear)
            {
                return true;
            }
        }

        return false;
    }
}
