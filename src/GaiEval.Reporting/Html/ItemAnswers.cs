namespace GaiEval.Reporting.Html;

using GaiEval.Core.Analysis;

/// <summary>
/// The answers to each item by provider, in repeat order (answers of the same repeat in stored order): one array sorted by
/// item and searched by item id, so that a run of 100,000 answers holds no group object per item and provider while its
/// cards are written.
/// </summary>
internal sealed class ItemAnswers(IEnumerable<ResponseSummary> responses)
{
    private readonly ResponseSummary[] sorted = [.. responses.OrderBy(r => r.ItemId, StringComparer.Ordinal).ThenBy(r => r.Repeat)];

    public IEnumerable<ResponseSummary> Of(string itemId, string providerId)
    {
        for (int i = FirstOf(itemId); i < sorted.Length && string.Equals(sorted[i].ItemId, itemId, StringComparison.Ordinal); i++)
        {
            if (string.Equals(sorted[i].ProviderId, providerId, StringComparison.Ordinal))
            {
                yield return sorted[i];
            }
        }
    }

    /// <summary>The place of the item's first answer, or where it would be.</summary>
    private int FirstOf(string itemId)
    {
        int low = 0;
        int high = sorted.Length;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (string.CompareOrdinal(sorted[middle].ItemId, itemId) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
