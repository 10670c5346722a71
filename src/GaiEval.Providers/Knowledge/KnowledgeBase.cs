namespace GaiEval.Providers.Knowledge;

using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;

/// <summary>
/// The validated documents of a knowledge folder, and the search indexes built from them: one per chunking
/// (and chunk size, for fixed chunking), built on first use and shared by every caller.
/// </summary>
public sealed class KnowledgeBase(string folder, IReadOnlyList<KnowledgeDocument> documents)
{
    private readonly ConcurrentDictionary<(string Chunking, int ChunkSize, Sensitivity Clearance), Lazy<Bm25Index>> indexes = new();
    private readonly Lazy<string> contentHash = new(() => HashContent(documents));

    /// <summary>Full path of the knowledge folder.</summary>
    public string Folder { get; } = folder;

    /// <summary>Sorted ordinally by <see cref="KnowledgeDocument.Path"/>.</summary>
    public IReadOnlyList<KnowledgeDocument> Documents { get; } = documents;

    /// <summary>
    /// SHA-256 (lower-case hex) over every document's path, front matter and body, in document order; computed once.
    /// Any edit of the knowledge that can change what is retrieved changes it; the folder's location does not.
    /// </summary>
    public string ContentHash => contentHash.Value;

    public IReadOnlyList<KnowledgeChunk> Chunk(IChunker chunker)
    {
        ArgumentNullException.ThrowIfNull(chunker);
        return Documents.SelectMany(chunker.Chunk).ToArray();
    }

    /// <summary>
    /// The texts of the documents anyone may read (機密区分 public): front-matter values, then the body. The output checks
    /// take the ward's own published contact data from them.
    /// </summary>
    public IReadOnlyList<string> PublicDocumentTexts() =>
        [.. Documents
            .Where(d => d.Sensitivity == Sensitivity.Public)
            .Select(d => string.Join('\n', d.Metadata.Select(entry => entry.Value).Append(d.Body)))];

    /// <summary>
    /// The index for these settings over the documents a provider of <paramref name="clearance"/> may receive (機密区分 up
    /// to it); TopK and MinScore do not matter, ChunkSize only for fixed chunking.
    /// </summary>
    /// <summary>
    /// The sensitivity of the document a chunk id (<c>path#heading</c>, <c>path@n</c>) was cut from; null when no document of
    /// this knowledge base has that path.
    /// </summary>
    public Sensitivity? SensitivityOfChunk(string chunkId)
    {
        ArgumentNullException.ThrowIfNull(chunkId);
        return Documents
            .Where(d => chunkId.Length > d.Path.Length && chunkId.StartsWith(d.Path, StringComparison.Ordinal) && chunkId[d.Path.Length] is '#' or '@')
            .MaxBy(d => d.Path.Length)?.Sensitivity;
    }

    public Bm25Index GetIndex(RetrievalSettings settings, Sensitivity clearance = Sensitivity.Confidential)
    {
        ArgumentNullException.ThrowIfNull(settings);
        IChunker chunker = Chunkers.For(settings);
        int chunkSize = settings.Chunking == RetrievalSettings.FixedChunking ? settings.ChunkSize : 0;
        var lazy = indexes.GetOrAdd(
            (settings.Chunking, chunkSize, clearance),
            _ => new Lazy<Bm25Index>(
                () => Bm25Index.Build(Documents.Where(d => d.Sensitivity <= clearance).SelectMany(chunker.Chunk)),
                LazyThreadSafetyMode.ExecutionAndPublication));
        return lazy.Value;
    }

    private static string HashContent(IReadOnlyList<KnowledgeDocument> documents)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (KnowledgeDocument document in documents)
        {
            AppendField(hash, document.Path);
            foreach (var (key, value) in document.Metadata)
            {
                AppendField(hash, key);
                AppendField(hash, value);
            }

            AppendField(hash, document.Body);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // Each field is prefixed with its byte length, so moving text from one field to the next changes the hash.
    private static void AppendField(IncrementalHash hash, string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        Span<byte> length = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
