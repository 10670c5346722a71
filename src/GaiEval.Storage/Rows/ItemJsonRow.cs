namespace GaiEval.Storage.Rows;

using GaiEval.Core.Model;

/// <summary>The whole item as JSON, the one column read back from <c>items</c>.</summary>
internal sealed record ItemJsonRow
{
    public required string ItemJson { get; init; }

    /// <summary>The items of <paramref name="rows"/>, parsed and compacted one row at a time (never all their JSON at once).</summary>
    public static async Task<IReadOnlyList<GoldItem>> ReadAllAsync(IAsyncEnumerable<ItemJsonRow> rows)
    {
        var items = new List<GoldItem>();
        var compactor = new GoldItemCompactor();
        await foreach (ItemJsonRow row in rows.ConfigureAwait(false))
        {
            items.Add(compactor.Compact(ItemRow.ParseItem(row.ItemJson)));
        }

        return items;
    }
}
