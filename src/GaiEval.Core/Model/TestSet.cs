namespace GaiEval.Core.Model;

/// <summary>A loaded and validated gold set. <paramref name="ContentHash"/> is the SHA-256 (hex) of the items' canonical JSON.</summary>
public sealed record TestSet(string Path, string ContentHash, IReadOnlyList<GoldItem> Items);
