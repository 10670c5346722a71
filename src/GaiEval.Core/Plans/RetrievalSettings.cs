namespace GaiEval.Core.Plans;

using System.Text.Json.Serialization;

/// <summary>How a knowledge base is chunked and searched (the built-in retrieval adapter and, later, RAG middleware).</summary>
public sealed record RetrievalSettings
{
    public const string HeadingsChunking = "headings";
    public const string FixedChunking = "fixed";
    private const int DefaultTopK = 1;
    private const int DefaultChunkSize = 400;
    private const double DefaultMinScore = 0.3;

    public RetrievalSettings()
    {
    }

    /// <summary>For JSON: a setting missing from a stored plan keeps its default (generated metadata would give 0, dotnet/runtime#84484).</summary>
    [JsonConstructor]
    internal RetrievalSettings(int topK = DefaultTopK, int chunkSize = DefaultChunkSize, double minScore = DefaultMinScore)
    {
        TopK = topK;
        ChunkSize = chunkSize;
        MinScore = minScore;
    }

    // "?? default" in init: JSON stored before a member existed lacks it, and generated metadata passes null (dotnet/runtime#84484).
    /// <summary><c>headings</c> (split by Markdown heading, keeps heading path and front matter) or <c>fixed</c> (raw text every <see cref="ChunkSize"/> characters).</summary>
    public string Chunking { get; init => field = value ?? HeadingsChunking; } = HeadingsChunking;

    /// <summary>
    /// Defaults for <c>rag:</c>: a model reads several passages and can judge them itself, so no relevance floor.
    /// The built-in baseline keeps <see cref="MinScore"/> 0.3, since it must decide alone whether to answer.
    /// </summary>
    public static RetrievalSettings RagDefaults { get; } = new() { TopK = 4, MinScore = 0 };

    public int TopK { get; init; } = DefaultTopK;

    /// <summary>Characters per chunk for <c>fixed</c> chunking.</summary>
    public int ChunkSize { get; init; } = DefaultChunkSize;

    /// <summary>Below this relevance the built-in adapter says it cannot answer (see the retriever for the scale).</summary>
    public double MinScore { get; init; } = DefaultMinScore;
}
