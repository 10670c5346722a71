using System.Text.Json;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Running;

namespace GaiEval.Storage.Rows;

/// <summary>A row of <c>items</c>: the searchable fields beside the whole item as JSON.</summary>
internal sealed record ItemRow
{
    public required string RunId { get; init; }

    /// <summary>1-based position in the test set.</summary>
    public required int Ordinal { get; init; }

    public required string ItemId { get; init; }

    public required string Category { get; init; }

    public required string Use { get; init; }

    public required string Sensitivity { get; init; }

    public required string Expect { get; init; }

    public required string ItemJson { get; init; }

    /// <summary>
    /// The rows of a run's items in order, made as they are taken: their JSON is written on the thread pool a few blocks
    /// ahead of the insert, never all at once (all of them would weigh more than the items).
    /// </summary>
    public static IEnumerable<ItemRow> InOrder(string runId, IReadOnlyList<GoldItem> items) =>
        AheadInOrder.MapSlices(items.Count, 128, (start, count) => Enumerable.Range(start, count).Select(index => From(runId, index + 1, items[index])).ToArray())
            .SelectMany(rows => rows);

    public static ItemRow From(string runId, int ordinal, GoldItem item) => new()
    {
        RunId = runId,
        Ordinal = ordinal,
        ItemId = item.Id,
        Category = item.Category,
        Use = item.Use,
        Sensitivity = EnumText<Sensitivity>.Format(item.Sensitivity),
        Expect = EnumText<Expectation>.Format(item.Expect),
        ItemJson = JsonSerializer.Serialize(item, GaiEvalJson.Info<GoldItem>(GaiEvalJson.Options)),
    };

    public static GoldItem ParseItem(string itemJson) =>
        JsonSerializer.Deserialize(itemJson, GaiEvalJson.Info<GoldItem>(GaiEvalJson.Options))
        ?? throw new InvalidDataException("The database holds an item whose JSON is null.");

    /// <summary>The item of the JSON column as the database holds it (UTF-8), read without making it a string first.</summary>
    public static GoldItem ParseItem(ReadOnlySpan<byte> itemJson) =>
        JsonSerializer.Deserialize(itemJson, GaiEvalJson.Info<GoldItem>(GaiEvalJson.Options))
        ?? throw new InvalidDataException("The database holds an item whose JSON is null.");
}
