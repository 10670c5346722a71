namespace GaiEval.Core.TestSets.Lint;

/// <summary>The knowledge base as the lint sees it: its documents, so that <c>sources</c> can be resolved to passages.</summary>
public sealed class GoldSetKnowledge(IReadOnlyList<KnowledgeSourceDocument> documents)
{
    private readonly Dictionary<string, KnowledgeSourceDocument> byPath = documents.ToDictionary(d => d.Path, StringComparer.Ordinal);

    public IReadOnlyList<KnowledgeSourceDocument> Documents { get; } = documents;

    /// <summary>The document a <c>sources</c> entry (<c>path.md</c> or <c>path.md#見出し</c>) names, or null.</summary>
    public KnowledgeSourceDocument? Document(string source) =>
        byPath.GetValueOrDefault(PathOf(source).Replace('\\', '/').TrimStart('.', '/'));

    /// <summary>The heading part of a <c>sources</c> entry, or null for a whole document.</summary>
    public static string? HeadingOf(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        int hash = source.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? null : source[(hash + 1)..];
    }

    private static string PathOf(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        int hash = source.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? source : source[..hash];
    }
}
