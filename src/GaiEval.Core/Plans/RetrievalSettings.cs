namespace GaiEval.Core.Plans;

/// <summary>How a knowledge base is chunked and searched (the built-in retrieval adapter and, later, RAG middleware).</summary>
public sealed record RetrievalSettings
{
    public const string HeadingsChunking = "headings";
    public const string FixedChunking = "fixed";

    /// <summary><c>headings</c> (split by Markdown heading, keeps heading path and front matter) or <c>fixed</c> (raw text every <see cref="ChunkSize"/> characters).</summary>
    public string Chunking { get; init; } = HeadingsChunking;

    public int TopK { get; init; } = 1;

    /// <summary>Characters per chunk for <c>fixed</c> chunking.</summary>
    public int ChunkSize { get; init; } = 400;

    /// <summary>Below this relevance the built-in adapter says it cannot answer (see the retriever for the scale).</summary>
    public double MinScore { get; init; } = 0.3;
}
