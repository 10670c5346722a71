namespace GaiEval.Storage.Rows;

/// <summary>The whole item as JSON, the one column read back from <c>items</c>.</summary>
internal sealed record ItemJsonRow
{
    public required string ItemJson { get; init; }
}
