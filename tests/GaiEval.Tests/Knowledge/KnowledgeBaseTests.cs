namespace GaiEval.Tests.Knowledge;

using GaiEval.Core.Plans;
using GaiEval.Providers.Knowledge;

public sealed class KnowledgeBaseTests : IDisposable
{
    private readonly TempKnowledgeFolder folder = new();
    private readonly KnowledgeBase knowledge;

    public KnowledgeBaseTests()
    {
        folder.Write("住民票.md", TempKnowledgeFolder.FeeDocument);
        knowledge = KnowledgeBaseLoader.Load(folder.Path);
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Builds_the_index_of_the_chosen_chunking()
    {
        Bm25Index headings = knowledge.GetIndex(new RetrievalSettings { Chunking = "headings" });
        Bm25Index fixedSize = knowledge.GetIndex(new RetrievalSettings { Chunking = "fixed", ChunkSize = 30 });

        Assert.Equal(4, headings.Chunks.Count);
        Assert.All(headings.Chunks, chunk => Assert.Contains('#', chunk.Id));
        Assert.Equal(knowledge.Documents[0].Body, string.Concat(fixedSize.Chunks.Select(chunk => chunk.Text)));
        Assert.All(fixedSize.Chunks, chunk => Assert.Contains('@', chunk.Id));
    }

    [Fact]
    public void Finds_the_sensitivity_of_the_document_a_chunk_was_cut_from()
    {
        folder.Write("内部/手順.md", TempKnowledgeFolder.FeeDocument.Replace("所管課:", "機密区分: confidential\n所管課:", StringComparison.Ordinal));
        KnowledgeBase both = KnowledgeBaseLoader.Load(folder.Path);

        Assert.All(both.GetIndex(new RetrievalSettings { Chunking = "headings" }).Chunks, chunk =>
            Assert.Equal(chunk.DocumentPath == "内部/手順.md" ? GaiEval.Core.Model.Sensitivity.Confidential : GaiEval.Core.Model.Sensitivity.Public, both.SensitivityOfChunk(chunk.Id)));
        Assert.Equal(GaiEval.Core.Model.Sensitivity.Confidential, both.SensitivityOfChunk("内部/手順.md@0"));
        Assert.Null(both.SensitivityOfChunk("ない文書.md#見出し"));
        Assert.Null(both.SensitivityOfChunk("住民票.mdx#見出し"));
    }

    [Fact]
    public void Caches_one_index_per_chunking_and_fixed_chunk_size()
    {
        var headings = new RetrievalSettings { Chunking = "headings", TopK = 1 };

        Assert.Same(knowledge.GetIndex(headings), knowledge.GetIndex(headings with { TopK = 4, MinScore = 0.9, ChunkSize = 10 }));
        Assert.Same(
            knowledge.GetIndex(new RetrievalSettings { Chunking = "fixed", ChunkSize = 30 }),
            knowledge.GetIndex(new RetrievalSettings { Chunking = "fixed", ChunkSize = 30, TopK = 3 }));
        Assert.NotSame(
            knowledge.GetIndex(new RetrievalSettings { Chunking = "fixed", ChunkSize = 30 }),
            knowledge.GetIndex(new RetrievalSettings { Chunking = "fixed", ChunkSize = 40 }));
    }

    [Fact]
    public void Hands_every_concurrent_caller_the_same_index()
    {
        var settings = new RetrievalSettings { Chunking = "fixed", ChunkSize = 7 };
        var seen = new Bm25Index[32];

        Parallel.For(0, seen.Length, i => seen[i] = knowledge.GetIndex(settings));

        Assert.All(seen, index => Assert.Same(seen[0], index));
    }

    [Fact]
    public void Rejects_an_unknown_chunking()
    {
        var exception = Assert.Throws<ArgumentException>(() => knowledge.GetIndex(new RetrievalSettings { Chunking = "sentences" }));

        Assert.Contains("sentences", exception.Message, StringComparison.Ordinal);
    }
}
