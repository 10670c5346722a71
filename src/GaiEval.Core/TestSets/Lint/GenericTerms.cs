namespace GaiEval.Core.TestSets.Lint;

using System.Globalization;
using GaiEval.Core.Model;
using GaiEval.Core.Text;

/// <summary>
/// Decides whether a must_include alternative is generic: shorter than <see cref="MinimumLength"/> characters after
/// normalisation, on <see cref="GenericTermStopList"/>, or found in more than a quarter of the set's references (and
/// in at least <see cref="MinimumReferenceCount"/> of them, so that a set of three items does not make every term generic).
/// </summary>
/// <remarks>
/// The share is counted over at most <see cref="MaximumReferencesCounted"/> references, evenly spaced through the set,
/// and each distinct term is looked up once: without that bound the lint's time grows with the square of the set's size
/// (1,900 items took 5 s and 2.5 GB; see GoldSetLintBenchmarks). A sampled share says so in its reason.
/// </remarks>
internal sealed class GenericTerms(IReadOnlyList<GoldItem> items)
{
    /// <summary>Most references the share rule reads; above it an even sample of this size stands for them.</summary>
    public const int MaximumReferencesCounted = 2000;

    public const int MinimumLength = 2;

    /// <summary>A term in more than this share of the references is generic.</summary>
    public const double MaximumReferenceShare = 0.25;

    /// <summary>The share rule needs at least this many references with the term.</summary>
    public const int MinimumReferenceCount = 3;

    private readonly string[] references = SampleOf(
        [.. items.Where(i => !string.IsNullOrWhiteSpace(i.Reference)).Select(i => JapaneseTextNormalizer.Normalize(i.Reference))]);

    private readonly int referenceCount = items.Count(i => !string.IsNullOrWhiteSpace(i.Reference));

    private readonly Dictionary<string, string?> reasons = new(StringComparer.Ordinal);

    /// <summary>Why <paramref name="term"/> is generic, in Japanese; null when it is specific.</summary>
    public string? WhyGeneric(string term)
    {
        if (!reasons.TryGetValue(term, out string? reason))
        {
            reasons[term] = reason = Decide(term);
        }

        return reason;
    }

    private string? Decide(string term)
    {
        string normalized = JapaneseTextNormalizer.Normalize(term);
        int length = normalized.Length;
        if (length < MinimumLength)
        {
            return $"「{term}」は正規化後 {length} 文字です";
        }

        if (GenericTermStopList.Contains(term))
        {
            return $"「{term}」はどの回答にも現れやすい一般的な語です";
        }

        int found = references.Count(reference => PhraseSearch.ContainsNormalized(reference, normalized));
        if (found >= MinimumReferenceCount && found > references.Length * MaximumReferenceShare)
        {
            return references.Length == referenceCount
                ? string.Create(CultureInfo.InvariantCulture, $"「{term}」は模範解答 {references.Length} 件のうち {found} 件に現れます")
                : string.Create(CultureInfo.InvariantCulture, $"「{term}」は模範解答 {referenceCount} 件から均等に選んだ {references.Length} 件のうち {found} 件に現れます");
        }

        return null;
    }

    private static string[] SampleOf(string[] all) =>
        all.Length <= MaximumReferencesCounted
            ? all
            : [.. Enumerable.Range(0, MaximumReferencesCounted).Select(i => all[(int)((long)i * all.Length / MaximumReferencesCounted)])];

    /// <summary>
    /// Why a group is generic, or null. A group is met by any one of its alternatives, so one generic alternative is
    /// enough to let an answer that does not state the fact meet it.
    /// </summary>
    public string? WhyGroupGeneric(IReadOnlyList<string> group) =>
        group.Select(WhyGeneric).FirstOrDefault(reason => reason is not null);
}
