namespace GaiEval.Providers.Knowledge;

using System.Globalization;

/// <summary>
/// Cuts the document body (no front matter; heading lines stay as plain text) every <see cref="Size"/> characters,
/// with no overlap and no metadata. Characters are counted as text elements (user-perceived characters), so a surrogate
/// pair or a base character with its combining marks is never split; the id is <c>path.md@offset</c>, the offset of the
/// chunk's first text element in the body. A chunk of white space only is skipped.
/// </summary>
public sealed class FixedSizeChunker : IChunker
{
    public FixedSizeChunker(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        Size = size;
    }

    public int Size { get; }

    public IReadOnlyList<KnowledgeChunk> Chunk(KnowledgeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string body = document.Body;
        int[] elementStarts = StringInfo.ParseCombiningCharacters(body);
        var chunks = new List<KnowledgeChunk>(elementStarts.Length / Size + 1);
        for (int element = 0; element < elementStarts.Length; element += Size)
        {
            int start = elementStarts[element];
            int end = element + Size < elementStarts.Length ? elementStarts[element + Size] : body.Length;
            string text = body[start..end];
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            int line = document.BodyStartLine + body.AsSpan(0, start).Count('\n');
            chunks.Add(new KnowledgeChunk($"{document.Path}@{element}", document.Path, [], text, line));
        }

        return chunks;
    }
}
