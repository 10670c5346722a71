namespace GaiEval.Providers.Knowledge;

using System.Collections.Concurrent;
using GaiEval.Core.Plans;

/// <summary>
/// The validated documents of a knowledge folder, and the search indexes built from them: one per chunking
/// (and chunk size, for fixed chunking), built on first use and shared by every caller.
/// </summary>
public sealed class KnowledgeBase(string folder, IReadOnlyList<KnowledgeDocument> documents)
{
    private readonly ConcurrentDictionary<(string Chunking, int ChunkSize), Lazy<Bm25Index>> indexes = new();

    /// <summary>Full path of the knowledge folder.</summary>
    public string Folder { get; } = folder;

    /// <summary>Sorted ordinally by <see cref="KnowledgeDocument.Path"/>.</summary>
    public IReadOnlyList<KnowledgeDocument> Documents { get; } = documents;

    public IReadOnlyList<KnowledgeChunk> Chunk(IChunker chunker)
    {
        ArgumentNullException.ThrowIfNull(chunker);
        return Documents.SelectMany(chunker.Chunk).ToArray();
    }

    /// <summary>The index for these settings; TopK and MinScore do not matter, ChunkSize only for fixed chunking.</summary>
    public Bm25Index GetIndex(RetrievalSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        IChunker chunker = Chunkers.For(settings);
        int chunkSize = settings.Chunking == RetrievalSettings.FixedChunking ? settings.ChunkSize : 0;
        var lazy = indexes.GetOrAdd(
            (settings.Chunking, chunkSize),
            _ => new Lazy<Bm25Index>(() => Bm25Index.Build(Chunk(chunker)), LazyThreadSafetyMode.ExecutionAndPublication));
        return lazy.Value;
    }
}
