namespace GaiEval.Tests.Adapters;

using GaiEval.Core.Plans;
using GaiEval.Core.Running;
using GaiEval.Providers.Adapters;
using GaiEval.Providers.Knowledge;
using GaiEval.Tests.Knowledge;
using Microsoft.Extensions.AI;

public sealed class BuiltinRetrievalChatClientTests : IDisposable
{
    private const string NoAnswer = "ご質問に該当する情報が見つからないため、お答えできません。担当窓口にお問い合わせください。";

    private readonly TempKnowledgeFolder folder = new();
    private readonly KnowledgeBase knowledge;

    public BuiltinRetrievalChatClientTests()
    {
        folder.Write("住民票.md", TempKnowledgeFolder.FeeDocument);
        knowledge = KnowledgeBaseLoader.Load(folder.Path);
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Answers_with_the_text_of_the_best_chunk()
    {
        using var client = Client(new RetrievalSettings());

        ChatResponse response = await client.GetResponseAsync("住民票の写しの手数料はいくらですか");

        Assert.Equal(
            "住民票の写しの交付 > 住民票の写し > 手数料はいくらですか\n所管課: 区民課 / 更新日: 2026-04-01 / 対象: 区民\n1通300円です。",
            response.Text);
        Assert.Equal("builtin-retrieval/headings", response.ModelId);
        Assert.Null(response.Usage);
        Assert.Equal(["住民票.md#手数料はいくらですか"], RetrievedIds(response.AdditionalProperties));
    }

    [Fact]
    public async Task Joins_the_top_k_chunks_with_a_blank_line_in_rank_order()
    {
        var settings = new RetrievalSettings { TopK = 2, MinScore = 0 };
        using var client = Client(settings);
        IReadOnlyList<RetrievalHit> hits = knowledge.GetIndex(settings).Search("郵送で請求するときに必要なもの", 2);

        ChatResponse response = await client.GetResponseAsync("郵送で請求するときに必要なもの");

        Assert.Equal(2, hits.Count);
        Assert.Equal($"{hits[0].Chunk.Text}\n\n{hits[1].Chunk.Text}", response.Text);
        Assert.Equal(hits.Select(hit => hit.Chunk.Id), RetrievedIds(response.AdditionalProperties));
        Assert.Equal(hits.Select(hit => hit.Chunk.Text), Assert.IsType<string[]>(response.AdditionalProperties![ResponseProperties.RetrievedTexts]));
    }

    [Fact]
    public async Task Declines_a_question_outside_the_knowledge_base()
    {
        using var client = Client(new RetrievalSettings());

        ChatResponse response = await client.GetResponseAsync("犬の狂犬病予防注射はどこで受けられますか");

        Assert.Equal(NoAnswer, response.Text);
        Assert.Equal(BuiltinRetrievalChatClient.NoAnswerText, response.Text);
    }

    [Fact]
    public async Task Declines_below_the_threshold_and_still_reports_the_chunks_it_considered()
    {
        var settings = new RetrievalSettings { MinScore = 0.99 };
        using var client = Client(settings);
        RetrievalHit best = knowledge.GetIndex(settings).Search("住民票の写しの手数料は何円", 1)[0];

        ChatResponse response = await client.GetResponseAsync("住民票の写しの手数料は何円");

        Assert.InRange(best.Relevance, 0.3, 0.99);
        Assert.Equal(NoAnswer, response.Text);
        Assert.Equal([best.Chunk.Id], RetrievedIds(response.AdditionalProperties));
    }

    [Fact]
    public async Task Declines_with_no_ids_when_nothing_matches()
    {
        using var client = Client(new RetrievalSettings());

        ChatResponse response = await client.GetResponseAsync("？");

        Assert.Equal(NoAnswer, response.Text);
        Assert.Empty(RetrievedIds(response.AdditionalProperties));
    }

    [Fact]
    public async Task Takes_the_last_user_message_as_the_query()
    {
        using var client = Client(new RetrievalSettings());
        ChatMessage[] messages =
        [
            new(ChatRole.System, "あなたは区役所の案内係です。郵送請求の案内を優先してください。"),
            new(ChatRole.User, "郵送で請求できますか"),
            new(ChatRole.Assistant, "できます。"),
            new(ChatRole.User, "本人確認書類は何が必要ですか"),
        ];

        ChatResponse response = await client.GetResponseAsync(messages);

        Assert.Equal(["住民票.md#必要なものは何ですか"], RetrievedIds(response.AdditionalProperties));
    }

    [Fact]
    public async Task Names_the_fixed_chunking_in_the_model_id()
    {
        using var client = Client(new RetrievalSettings { Chunking = "fixed", ChunkSize = 40 });

        ChatResponse response = await client.GetResponseAsync("郵送で請求できますか");

        Assert.Equal("builtin-retrieval/fixed", response.ModelId);
        Assert.Matches("^住民票\\.md@\\d+$", Assert.Single(RetrievedIds(response.AdditionalProperties)));
        Assert.DoesNotContain("所管課", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Streams_the_same_answer_as_one_update()
    {
        using var client = Client(new RetrievalSettings());
        ChatResponse expected = await client.GetResponseAsync("手数料はいくらですか");

        var updates = new List<ChatResponseUpdate>();
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync("手数料はいくらですか"))
        {
            updates.Add(update);
        }

        ChatResponseUpdate only = Assert.Single(updates);
        Assert.Equal(expected.Text, only.Text);
        Assert.Equal(ChatRole.Assistant, only.Role);
        Assert.Equal("builtin-retrieval/headings", only.ModelId);
        Assert.Equal(RetrievedIds(expected.AdditionalProperties), RetrievedIds(only.AdditionalProperties));
    }

    [Fact]
    public async Task Honours_a_cancelled_token()
    {
        using var client = Client(new RetrievalSettings());
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.GetResponseAsync("手数料", cancellationToken: cancellation.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (ChatResponseUpdate _ in client.GetStreamingResponseAsync("手数料", cancellationToken: cancellation.Token))
            {
            }
        });
    }

    [Fact]
    public void Returns_itself_and_its_metadata_as_services()
    {
        using var client = Client(new RetrievalSettings());

        Assert.Same(client, client.GetService<BuiltinRetrievalChatClient>());
        Assert.Same(client, client.GetService<IChatClient>());
        Assert.Null(client.GetService<BuiltinRetrievalChatClient>("key"));
        Assert.Null(client.GetService<string>());
        ChatClientMetadata? metadata = client.GetService<ChatClientMetadata>();
        Assert.Equal(("builtin-retrieval", "builtin-retrieval/headings"), (metadata?.ProviderName, metadata?.DefaultModelId));
    }

    [Fact]
    public async Task Gives_the_same_answer_every_time()
    {
        using var client = Client(new RetrievalSettings { TopK = 3 });

        ChatResponse first = await client.GetResponseAsync("窓口で必要なもの");
        ChatResponse second = await client.GetResponseAsync("窓口で必要なもの");

        Assert.Equal(first.Text, second.Text);
        Assert.Equal(RetrievedIds(first.AdditionalProperties), RetrievedIds(second.AdditionalProperties));
    }

    private static string[] RetrievedIds(AdditionalPropertiesDictionary? properties) =>
        Assert.IsType<string[]>(properties?[ResponseProperties.RetrievedIds]);

    private BuiltinRetrievalChatClient Client(RetrievalSettings settings) => new(knowledge.GetIndex(settings), settings);
}
