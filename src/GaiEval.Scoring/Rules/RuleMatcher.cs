namespace GaiEval.Scoring.Rules;

using GaiEval.Core.Model;
using GaiEval.Core.Text;

/// <summary>
/// Matches a response against an item's rules after <see cref="JapaneseTextNormalizer"/> on both sides, so width,
/// case, spacing, thousands separators and dash variants never decide a match.
/// </summary>
/// <remarks>
/// A phrase that begins or ends with a digit only matches where the response has no digit right before or after it:
/// 「300円」 is not found in 「1,300円」 and 「8:30」 is not found in 「18:30」. Plain substring search would let a wrong
/// amount satisfy a must_include rule. An alternative that normalises to nothing never matches.
/// </remarks>
public static class RuleMatcher
{
    public static RuleMatch Match(GoldItem item, string response)
    {
        ArgumentNullException.ThrowIfNull(item);
        string normalized = JapaneseTextNormalizer.Normalize(response);

        var matched = new List<IReadOnlyList<string>>();
        var missing = new List<IReadOnlyList<string>>();
        foreach (IReadOnlyList<string> group in item.MustInclude)
        {
            (group.Any(alternative => Contains(normalized, alternative)) ? matched : missing).Add(group);
        }

        var hits = item.MustNotInclude.Where(forbidden => Contains(normalized, forbidden)).ToList();
        return new RuleMatch(matched, missing, hits);
    }

    /// <summary>Whether <paramref name="phrase"/>, normalised, occurs in the already normalised response.</summary>
    public static bool Contains(string normalizedResponse, string phrase)
    {
        string needle = JapaneseTextNormalizer.Normalize(phrase);
        if (needle.Length == 0)
        {
            return false;
        }

        bool digitStart = char.IsAsciiDigit(needle[0]);
        bool digitEnd = char.IsAsciiDigit(needle[^1]);
        for (int at = normalizedResponse.IndexOf(needle, StringComparison.Ordinal);
             at >= 0;
             at = normalizedResponse.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            int end = at + needle.Length;
            bool startClear = !digitStart || at == 0 || !char.IsAsciiDigit(normalizedResponse[at - 1]);
            bool endClear = !digitEnd || end == normalizedResponse.Length || !char.IsAsciiDigit(normalizedResponse[end]);
            if (startClear && endClear)
            {
                return true;
            }
        }

        return false;
    }
}
