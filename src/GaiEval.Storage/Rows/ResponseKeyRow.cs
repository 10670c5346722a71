using GaiEval.Core.Results;

namespace GaiEval.Storage.Rows;

/// <summary>The key columns of a <c>responses</c> row (ResponseKey's positional constructor does not take SQLite's Int64).</summary>
internal sealed record ResponseKeyRow
{
    public const string SelectColumns = "item_id AS ItemId, provider_id AS ProviderId, repeat AS Repeat";

    public required string ItemId { get; init; }

    public required string ProviderId { get; init; }

    public required int Repeat { get; init; }

    public ResponseKey ToKey() => new(ItemId, ProviderId, Repeat);
}
