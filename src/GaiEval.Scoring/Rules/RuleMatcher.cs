namespace GaiEval.Scoring.Rules;

using GaiEval.Core.Model;
using GaiEval.Core.Text;

/// <summary>
/// Matches a response against an item's rules after <see cref="JapaneseTextNormalizer"/> on both sides, so width,
/// case, spacing, thousands separators and dash variants never decide a match.
/// </summary>
/// <remarks>Phrases are found by <see cref="PhraseSearch"/>: 「300円」 is not found in 「1,300円」.</remarks>
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
            (group.Any(alternative => PhraseSearch.Contains(normalized, alternative)) ? matched : missing).Add(group);
        }

        var hits = item.MustNotInclude.Where(forbidden => PhraseSearch.Contains(normalized, forbidden)).ToList();
        return new RuleMatch(matched, missing, hits);
    }
}
