namespace GaiEval.Providers.Knowledge;

/// <summary>One search result: the chunk, its BM25 score, and its relevance in 0..1 (see <see cref="Bm25Index"/>).</summary>
public sealed record RetrievalHit(KnowledgeChunk Chunk, double Score, double Relevance);
