namespace GaiEval.Core.TestSets.Lint;

using System.Globalization;
using GaiEval.Core.Model;
using GaiEval.Core.Text;

/// <summary>
/// Decides whether a must_include alternative is generic: shorter than <see cref="MinimumLength"/> characters after
/// normalisation, on <see cref="GenericTermStopList"/>, or found in more than a quarter of the set's references (and
/// in at least <see cref="MinimumReferenceCount"/> of them, so that a set of three items does not make every term generic).
/// </summary>
internal sealed class GenericTerms(IReadOnlyList<GoldItem> items)
{
    public const int MinimumLength = 2;

    /// <summary>A term in more than this share of the references is generic.</summary>
    public const double MaximumReferenceShare = 0.25;

    /// <summary>The share rule needs at least this many references with the term.</summary>
    public const int MinimumReferenceCount = 3;

    private readonly string[] references = [.. items.Where(i => !string.IsNullOrWhiteSpace(i.Reference)).Select(i => JapaneseTextNormalizer.Normalize(i.Reference))];

    /// <summary>Why <paramref name="term"/> is generic, in Japanese; null when it is specific.</summary>
    public string? WhyGeneric(string term)
    {
        int length = JapaneseTextNormalizer.Normalize(term).Length;
        if (length < MinimumLength)
        {
            return $"「{term}」は正規化後 {length} 文字です";
        }

        if (GenericTermStopList.Contains(term))
        {
            return $"「{term}」はどの回答にも現れやすい一般的な語です";
        }

        int found = references.Count(reference => PhraseSearch.Contains(reference, term));
        if (found >= MinimumReferenceCount && found > references.Length * MaximumReferenceShare)
        {
            return string.Create(CultureInfo.InvariantCulture, $"「{term}」は模範解答 {references.Length} 件のうち {found} 件に現れます");
        }

        return null;
    }

    /// <summary>
    /// Why a group is generic, or null. A group is met by any one of its alternatives, so one generic alternative is
    /// enough to let an answer that does not state the fact meet it.
    /// </summary>
    public string? WhyGroupGeneric(IReadOnlyList<string> group) =>
        group.Select(WhyGeneric).FirstOrDefault(reason => reason is not null);
}
