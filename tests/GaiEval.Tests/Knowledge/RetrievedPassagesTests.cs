namespace GaiEval.Tests.Knowledge;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Providers.Knowledge;

public sealed class RetrievedPassagesTests : IDisposable
{
    private readonly TempKnowledgeFolder folder = new();

    public RetrievedPassagesTests() => folder.Write("窓口/住民票.md", TempKnowledgeFolder.FeeDocument);

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Returns_the_texts_of_the_retrieved_heading_chunks_in_retrieval_order()
    {
        var passages = new RetrievedPassages(KnowledgeBaseLoader.Load(folder.Path), [Provider("rag", rag: new RetrievalSettings { TopK = 4 })]);

        IReadOnlyList<string> texts = passages.For(Response("rag", "窓口/住民票.md#郵送で請求できますか", "窓口/住民票.md#手数料はいくらですか"));

        Assert.Equal(2, texts.Count);
        Assert.Contains("定額小為替", texts[0]);
        Assert.Contains("1通300円です。", texts[1]);
    }

    [Fact]
    public void Chunks_the_way_the_provider_did_so_fixed_size_ids_resolve_too()
    {
        var settings = new RetrievalSettings { Chunking = RetrievalSettings.FixedChunking, ChunkSize = 40 };
        KnowledgeBase knowledge = KnowledgeBaseLoader.Load(folder.Path);
        KnowledgeChunk second = knowledge.Chunk(Chunkers.For(settings))[1];
        var passages = new RetrievedPassages(knowledge, [Provider("fixed", retrieval: settings)]);

        Assert.Equal([second.Text], passages.For(Response("fixed", second.Id)));
    }

    [Fact]
    public void Returns_nothing_for_providers_without_retrieval_and_skips_ids_that_no_longer_exist()
    {
        var passages = new RetrievedPassages(KnowledgeBaseLoader.Load(folder.Path), [Provider("rag", rag: new RetrievalSettings()), Provider("plain")]);

        Assert.Empty(passages.For(Response("plain", "窓口/住民票.md#手数料はいくらですか")));
        Assert.Empty(passages.For(Response("rag", "窓口/住民票.md#消えた見出し")));
        Assert.Empty(passages.For(Response("unknown", "窓口/住民票.md#手数料はいくらですか")));
    }

    private static ProviderProfile Provider(string id, RetrievalSettings? retrieval = null, RetrievalSettings? rag = null) => new()
    {
        Id = id,
        Name = id,
        Method = DeploymentMethod.Cloud,
        Adapter = retrieval is null ? AdapterNames.OpenAi : AdapterNames.BuiltinRetrieval,
        Retrieval = retrieval,
        Rag = rag,
        Clearance = Sensitivity.Confidential,
    };

    private static ResponseRecord Response(string providerId, params string[] retrievedIds) => new()
    {
        RunId = "run",
        ItemId = "q1",
        ProviderId = providerId,
        Repeat = 1,
        Status = ResponseStatus.Ok,
        Text = "回答",
        RetrievedIds = retrievedIds,
        StartedAt = DateTimeOffset.UnixEpoch,
        FinishedAt = DateTimeOffset.UnixEpoch,
    };
}
