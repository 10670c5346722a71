namespace GaiEval.Tests.Middleware;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Running;
using GaiEval.Providers.Knowledge;
using GaiEval.Providers.Middleware;
using GaiEval.Providers.Tokens;
using GaiEval.Tests.Knowledge;
using Microsoft.Extensions.AI;

public sealed class RagMiddlewareTests : IDisposable
{
    private const string ProfilePrompt = "あなたはみどり区の窓口職員です。";
    private const string FeeQuestion = "住民票の写しの手数料はいくらですか";

    private readonly TempKnowledgeFolder folder = new();
    private readonly KnowledgeBase knowledge;
    private readonly List<ChatMessage> received = [];
    private readonly FakeChatClient fake;
    private ChatOptions? receivedOptions;

    public RagMiddlewareTests()
    {
        folder.Write("住民票.md", TempKnowledgeFolder.FeeDocument);
        knowledge = KnowledgeBaseLoader.Load(folder.Path);
        fake = new FakeChatClient
        {
            GetResponseAsyncCallback = (messages, options, _) =>
            {
                received.AddRange(messages);
                receivedOptions = options;
                return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "1通300円です。")));
            },
        };
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Sends_one_system_message_with_the_profile_prompt_the_rules_and_the_numbered_chunks_then_the_question()
    {
        var settings = new RetrievalSettings { TopK = 2, MinScore = 0 };
        using var client = Client(settings);

        await client.GetResponseAsync(Request(FeeQuestion));

        Assert.Equal([ChatRole.System, ChatRole.User], received.Select(message => message.Role));
        string system = received[0].Text;
        IReadOnlyList<RetrievalHit> hits = knowledge.GetIndex(settings).Search(FeeQuestion, 2);
        Assert.Equal(2, hits.Count);
        Assert.Equal(
            $"{ProfilePrompt}\n\n{RetrievalPrompt.Instruction}\n\n" +
            $"<参考資料 番号=\"1\" 出典=\"{hits[0].Chunk.Id}\">\n{hits[0].Chunk.Text}\n</参考資料>\n\n" +
            $"<参考資料 番号=\"2\" 出典=\"{hits[1].Chunk.Id}\">\n{hits[1].Chunk.Text}\n</参考資料>",
            system);
        Assert.Contains(
            "<参考資料 番号=\"1\" 出典=\"住民票.md#手数料はいくらですか\">\n住民票の写しの交付 > 住民票の写し > 手数料はいくらですか\n" +
            "所管課: 区民課 / 更新日: 2026-04-01 / 対象: 区民\n1通300円です。\n</参考資料>",
            system);
        Assert.Equal(FeeQuestion, received[1].Text);
    }

    [Fact]
    public async Task The_rules_tell_the_model_to_answer_only_from_the_material_and_never_to_invent_fees_dates_or_numbers()
    {
        using var client = Client(new RetrievalSettings());

        await client.GetResponseAsync(Request(FeeQuestion));

        string system = received[0].Text;
        Assert.Contains("参考資料だけを根拠に", system);
        Assert.Contains("「参考資料には該当する情報がありません」とはっきり伝え", system);
        Assert.Contains("所管課", system);
        Assert.Contains("手数料・金額・日付・期限・受付時間・電話番号", system);
    }

    [Fact]
    public async Task Puts_the_ids_of_the_chunks_sent_on_the_response()
    {
        var settings = new RetrievalSettings { TopK = 2, MinScore = 0 };
        using var client = Client(settings);

        ChatResponse response = await client.GetResponseAsync(Request(FeeQuestion));

        string[] expected = [.. knowledge.GetIndex(settings).Search(FeeQuestion, 2).Select(hit => hit.Chunk.Id)];
        Assert.Equal("住民票.md#手数料はいくらですか", expected[0]);
        Assert.Equal(expected, Assert.IsType<string[]>(response.AdditionalProperties![ResponseProperties.RetrievedIds]));
        Assert.Equal("1通300円です。", response.Text);
    }

    [Fact]
    public async Task Puts_the_ids_on_a_streamed_response_without_changing_its_text()
    {
        using var client = Client(new RetrievalSettings());

        List<ChatResponseUpdate> updates = [];
        await foreach (var update in client.GetStreamingResponseAsync(Request(FeeQuestion)))
        {
            updates.Add(update);
        }

        ChatResponse response = updates.ToChatResponse();
        Assert.Equal(1, fake.StreamingCalls);
        Assert.Equal("1通300円です。", response.Text);
        Assert.Equal(["住民票.md#手数料はいくらですか"], Assert.IsType<string[]>(response.AdditionalProperties![ResponseProperties.RetrievedIds]));
        Assert.Contains("<参考資料 番号=\"1\"", received[0].Text);
    }

    [Fact]
    public async Task Says_that_nothing_was_found_and_sends_no_chunk_when_every_hit_is_below_the_threshold()
    {
        const string question = "犬の狂犬病予防注射はどこで受けられますか";
        var settings = new RetrievalSettings { TopK = 3 };
        IReadOnlyList<RetrievalHit> hits = knowledge.GetIndex(settings).Search(question, 3);
        using var client = Client(settings);

        ChatResponse response = await client.GetResponseAsync(Request(question));

        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.True(hit.Relevance < settings.MinScore, $"{hit.Chunk.Id}: {hit.Relevance}"));
        string system = received[0].Text;
        Assert.Equal($"{ProfilePrompt}\n\n{RetrievalPrompt.NoMaterialInstruction}", system);
        Assert.Contains("参考資料は見つかりませんでした", system);
        Assert.Contains("担当の窓口", system);
        Assert.DoesNotContain("<参考資料", system);
        Assert.Empty(Assert.IsType<string[]>(response.AdditionalProperties![ResponseProperties.RetrievedIds]));
    }

    [Fact]
    public async Task Puts_an_empty_id_list_on_a_stream_when_nothing_was_retrieved()
    {
        using var client = Client(new RetrievalSettings());

        List<ChatResponseUpdate> updates = [];
        await foreach (var update in client.GetStreamingResponseAsync(Request("犬の狂犬病予防注射はどこで受けられますか")))
        {
            updates.Add(update);
        }

        ChatResponse response = updates.ToChatResponse();
        Assert.Empty(Assert.IsType<string[]>(response.AdditionalProperties![ResponseProperties.RetrievedIds]));
    }

    [Fact]
    public async Task Leaves_the_callers_messages_and_options_untouched()
    {
        using var client = Client(new RetrievalSettings { TopK = 2, MinScore = 0 });
        List<ChatMessage> request = Request(FeeQuestion);
        ChatMessage[] before = [.. request];
        var options = new ChatOptions { ModelId = "gpt-4o-mini", Temperature = 0 };

        await client.GetResponseAsync(request, options);

        Assert.Equal(before, request);
        Assert.Equal([ProfilePrompt, FeeQuestion], request.Select(message => message.Text));
        Assert.All(request, message => Assert.Single(message.Contents));
        Assert.DoesNotContain(received, message => request.Any(original => ReferenceEquals(original, message)));
        Assert.NotNull(receivedOptions);
        Assert.NotSame(options, receivedOptions);
        Assert.Equal(("gpt-4o-mini", 0f), (receivedOptions.ModelId, receivedOptions.Temperature));
        Assert.Null(options.AdditionalProperties);
    }

    [Fact]
    public void Searches_with_the_question_and_not_the_items_own_context()
    {
        var item = new GoldItem
        {
            Id = "q-1",
            Category = "住民票・戸籍",
            Use = "情報抽出・要約",
            Question = FeeQuestion,
            Context = "郵送で請求できますか。請求書と定額小為替を同封してください。",
        };

        IReadOnlyList<ChatMessage> messages = ItemPrompt.Build(item, ProfilePrompt);

        Assert.Contains("【資料】", messages[^1].Text);
        Assert.Equal(FeeQuestion, RetrievalAugmentingChatClient.QueryOf(messages));
    }

    [Fact]
    public async Task Shows_fixed_size_chunks_with_their_documents_title_and_metadata()
    {
        var settings = new RetrievalSettings { Chunking = RetrievalSettings.FixedChunking, ChunkSize = 400, MinScore = 0 };
        using var client = new ChatClientBuilder(fake).UseRetrievalAugmentation(knowledge, settings, Sensitivity.Public).Build();

        await client.GetResponseAsync(Request(FeeQuestion));

        KnowledgeChunk chunk = Assert.Single(knowledge.GetIndex(settings).Chunks);
        Assert.EndsWith(
            $"<参考資料 番号=\"1\" 出典=\"住民票.md@0\">\n住民票の写しの交付\n所管課: 区民課 / 更新日: 2026-04-01 / 対象: 区民\n{chunk.Text.Trim()}\n</参考資料>",
            received[0].Text);
    }

    [Fact]
    public async Task Puts_the_text_of_each_passage_sent_on_the_response_as_the_model_was_given_it()
    {
        var settings = new RetrievalSettings { Chunking = RetrievalSettings.FixedChunking, ChunkSize = 400, MinScore = 0 };
        using var client = new ChatClientBuilder(fake).UseRetrievalAugmentation(knowledge, settings, Sensitivity.Public).Build();

        ChatResponse response = await client.GetResponseAsync(Request(FeeQuestion));

        KnowledgeChunk chunk = Assert.Single(knowledge.GetIndex(settings).Chunks);
        string[] texts = Assert.IsType<string[]>(response.AdditionalProperties![ResponseProperties.RetrievedTexts]);
        Assert.Equal([$"住民票の写しの交付\n所管課: 区民課 / 更新日: 2026-04-01 / 対象: 区民\n{chunk.Text.Trim()}"], texts);
        Assert.Contains(texts[0], received[0].Text, StringComparison.Ordinal);
        Assert.Equal(["住民票.md@0"], Assert.IsType<string[]>(response.AdditionalProperties![ResponseProperties.RetrievedIds]));
    }

    [Fact]
    public async Task Puts_the_passage_texts_on_a_stream_too()
    {
        using var client = Client(new RetrievalSettings());

        List<ChatResponseUpdate> updates = [];
        await foreach (var update in client.GetStreamingResponseAsync(Request(FeeQuestion)))
        {
            updates.Add(update);
        }

        ChatResponse response = updates.ToChatResponse();
        string[] texts = Assert.IsType<string[]>(response.AdditionalProperties![ResponseProperties.RetrievedTexts]);
        Assert.Contains("1通300円です。", Assert.Single(texts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_measurement_the_estimated_input_tokens_include_the_retrieved_text()
    {
        using var client = new ChatClientBuilder(fake)
            .UseRetrievalAugmentation(knowledge, new RetrievalSettings(), Sensitivity.Public)
            .UseMeasurement(TokenEstimator.O200kBase)
            .Build();

        ChatResponse response = await client.GetResponseAsync(Request(FeeQuestion));

        var estimator = TokenEstimator.For(TokenEstimator.O200kBase);
        Assert.Equal(estimator.CountTokens(received), response.Usage!.InputTokenCount);
        Assert.True(response.Usage.InputTokenCount > estimator.CountTokens(Request(FeeQuestion)) + 20, $"{response.Usage.InputTokenCount}");
        Assert.Equal(["住民票.md#手数料はいくらですか"], Assert.IsType<string[]>(response.AdditionalProperties![ResponseProperties.RetrievedIds]));
    }

    private static List<ChatMessage> Request(string question) =>
        [new ChatMessage(ChatRole.System, ProfilePrompt), new ChatMessage(ChatRole.User, question)];

    private IChatClient Client(RetrievalSettings settings) =>
        new ChatClientBuilder(fake).UseRetrievalAugmentation(knowledge.GetIndex(settings), settings).Build();

    [Fact]
    public async Task A_provider_never_retrieves_documents_above_its_clearance()
    {
        using var secretFolder = new TempKnowledgeFolder();
        secretFolder.Write("public.md", TempKnowledgeFolder.FeeDocument).Write("staff.md", """
            ---
            title: 窓口職員の手引き
            所管課: 区民課
            更新日: 2026-04-01
            対象: 職員
            機密区分: internal
            ---
            ## 住民票の写しの手数料の減免
            職員専用: 生活保護受給者の住民票の写しの手数料は減免コード K-77 で処理する。
            """);
        KnowledgeBase mixed = KnowledgeBaseLoader.Load(secretFolder.Path);
        const string question = "住民票の写しの手数料の減免はどう処理しますか";

        using (var publicClient = new ChatClientBuilder(fake).UseRetrievalAugmentation(mixed, RetrievalSettings.RagDefaults, Sensitivity.Public).Build())
        {
            ChatResponse response = await publicClient.GetResponseAsync(Request(question));
            Assert.DoesNotContain("K-77", received[0].Text, StringComparison.Ordinal);
            Assert.DoesNotContain((string[])response.AdditionalProperties![ResponseProperties.RetrievedIds]!, id => id.StartsWith("staff.md", StringComparison.Ordinal));
        }

        received.Clear();
        using var internalClient = new ChatClientBuilder(fake).UseRetrievalAugmentation(mixed, RetrievalSettings.RagDefaults, Sensitivity.Internal).Build();
        await internalClient.GetResponseAsync(Request(question));
        Assert.Contains("K-77", received[0].Text, StringComparison.Ordinal);
    }
}
