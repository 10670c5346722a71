namespace GaiEval.Tests.Knowledge;

using System.Globalization;
using GaiEval.Providers.Knowledge;

public sealed class FixedSizeChunkerTests : IDisposable
{
    private readonly TempKnowledgeFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Cuts_the_raw_body_every_size_characters_without_overlap()
    {
        KnowledgeDocument document = Load("窓口/住民票.md", TempKnowledgeFolder.FeeDocument);

        IReadOnlyList<KnowledgeChunk> chunks = new FixedSizeChunker(20).Chunk(document);

        Assert.Equal(document.Body, string.Concat(chunks.Select(chunk => chunk.Text)));
        Assert.Equal(
            Enumerable.Range(0, chunks.Count).Select(i => $"窓口/住民票.md@{i * 20}"),
            chunks.Select(chunk => chunk.Id));
        Assert.All(chunks.SkipLast(1), chunk => Assert.Equal(20, new StringInfo(chunk.Text).LengthInTextElements));
        Assert.InRange(new StringInfo(chunks[^1].Text).LengthInTextElements, 1, 20);
    }

    [Fact]
    public void Keeps_heading_lines_as_plain_text_and_adds_no_metadata()
    {
        KnowledgeDocument document = Load("住民票.md", TempKnowledgeFolder.FeeDocument);

        IReadOnlyList<KnowledgeChunk> chunks = new FixedSizeChunker(400).Chunk(document);

        KnowledgeChunk chunk = Assert.Single(chunks);
        Assert.Equal(document.Body, chunk.Text);
        Assert.Contains("### 手数料はいくらですか\n1通300円です。", chunk.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("所管課", chunk.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("更新日", chunk.Text, StringComparison.Ordinal);
        Assert.Empty(chunk.HeadingPath);
        Assert.Equal(7, chunk.Line);
    }

    [Fact]
    public void Counts_a_surrogate_pair_as_one_character_and_never_splits_it()
    {
        KnowledgeDocument document = Load("a.md", "---\n所管課: 区民課\n更新日: 2026-04-01\n---\n𠮷野家の𠮷\n");

        IReadOnlyList<KnowledgeChunk> chunks = new FixedSizeChunker(2).Chunk(document);

        Assert.Equal(["𠮷野", "家の", "𠮷"], chunks.Select(chunk => chunk.Text));
        Assert.Equal(["a.md@0", "a.md@2", "a.md@4"], chunks.Select(chunk => chunk.Id));
    }

    [Fact]
    public void Gives_each_chunk_the_source_line_where_it_starts()
    {
        KnowledgeDocument document = Load("a.md", "---\n所管課: 区民課\n更新日: 2026-04-01\n---\n一二三\n四五六\n七八九");

        IReadOnlyList<KnowledgeChunk> chunks = new FixedSizeChunker(4).Chunk(document);

        Assert.Equal([("一二三\n", 5), ("四五六\n", 6), ("七八九", 7)], chunks.Select(chunk => (chunk.Text, chunk.Line)));
    }

    [Fact]
    public void Rejects_a_size_below_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FixedSizeChunker(0));
    }

    private KnowledgeDocument Load(string path, string text)
    {
        folder.Write(path, text);
        return Assert.Single(KnowledgeBaseLoader.Load(folder.Path).Documents);
    }
}
