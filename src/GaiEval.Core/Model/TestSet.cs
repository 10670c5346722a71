namespace GaiEval.Core.Model;

/// <summary>A loaded and validated gold set. <paramref name="ContentHash"/> is the SHA-256 (hex) of the items' canonical JSON.</summary>
public sealed record TestSet(string Path, string ContentHash, IReadOnlyList<GoldItem> Items)
{
    /// <summary>
    /// The 1-based line of each item in its file (the JSONL line, or the line where the CSV record starts), by item id;
    /// empty for a set not read from a file. Not part of <see cref="ContentHash"/>: moving an item changes no result.
    /// </summary>
    public IReadOnlyDictionary<string, int> ItemLines { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);
}
