namespace GaiEval.Tests.Middleware;

using System.Text.Json;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Running;
using GaiEval.Providers.Middleware;
using GaiEval.Storage;
using GaiEval.Tests.Storage;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI;

public sealed class CacheMiddlewareTests : IAsyncLifetime
{
    private const string Fingerprint = """{"adapter":"openai","model":"gpt-4o-mini"}""";
    private const string Question = "住民票の写しの手数料はいくらですか";

    private readonly TempFolder folder = new();
    private SqliteResultStore store = null!;

    public async Task InitializeAsync() => store = await SqliteResultStore.OpenAsync(folder.File("results.db"));

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Calls_the_provider_on_a_miss_and_serves_the_same_request_from_the_store_after_that()
    {
        var fake = Answering("1通300円です。");
        using var client = Client(fake);

        ChatResponse first = await client.GetResponseAsync(Question, Options());
        ChatResponse second = await client.GetResponseAsync(Question, Options());

        Assert.Equal(1, fake.ResponseCalls);
        Assert.Equal(("1通300円です。", "1通300円です。"), (first.Text, second.Text));
        Assert.False(first.AdditionalProperties?.ContainsKey(ResponseProperties.Cached) ?? false);
        Assert.Equal(true, second.AdditionalProperties![ResponseProperties.Cached]);
        Assert.Equal(1L, await RawDatabase.ScalarAsync<long>(store.DatabasePath, "SELECT COUNT(*) FROM response_cache"));
        Assert.Equal("cloud-mini", await RawDatabase.ScalarAsync<string>(store.DatabasePath, "SELECT provider_id FROM response_cache"));
    }

    [Fact]
    public async Task Misses_when_the_options_the_messages_or_the_provider_fingerprint_differ()
    {
        var fake = Answering("回答");
        using var client = Client(fake);
        using var otherProvider = Client(fake, """{"adapter":"openai","model":"gpt-4o"}""");

        await client.GetResponseAsync(Question, Options());
        await client.GetResponseAsync(Question, Options());
        await client.GetResponseAsync(Question, new ChatOptions { ModelId = "gpt-4o-mini", Temperature = 0.7f, MaxOutputTokens = 500 });
        await client.GetResponseAsync(Question, new ChatOptions { ModelId = "gpt-4o-mini", Temperature = 0, MaxOutputTokens = 800 });
        await client.GetResponseAsync("住民票の写しの受付時間は", Options());
        await client.GetResponseAsync([new(ChatRole.System, "丁寧に"), new(ChatRole.User, Question)], Options());
        await otherProvider.GetResponseAsync(Question, Options());

        Assert.Equal(6, fake.ResponseCalls);
        Assert.Equal(6L, await RawDatabase.ScalarAsync<long>(store.DatabasePath, "SELECT COUNT(*) FROM response_cache"));
    }

    [Fact]
    public async Task Stores_nothing_for_a_call_that_failed_and_calls_again_next_time()
    {
        int calls = 0;
        var fake = new FakeChatClient
        {
            GetResponseAsyncCallback = (_, _, _) => ++calls == 1
                ? throw new ProviderCallException("プロバイダーの呼び出しに失敗しました（3回試行）: 503", 3, timedOut: false, null)
                : Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "1通300円です。"))),
        };
        using var client = Client(fake);

        await Assert.ThrowsAsync<ProviderCallException>(() => client.GetResponseAsync(Question, Options()));
        Assert.Equal(0L, await RawDatabase.ScalarAsync<long>(store.DatabasePath, "SELECT COUNT(*) FROM response_cache"));

        ChatResponse retried = await client.GetResponseAsync(Question, Options());
        ChatResponse cached = await client.GetResponseAsync(Question, Options());

        Assert.Equal(2, fake.ResponseCalls);
        Assert.Equal("1通300円です。", retried.Text);
        Assert.Equal(true, cached.AdditionalProperties![ResponseProperties.Cached]);
    }

    [Fact]
    public async Task A_cached_response_keeps_the_measurements_stored_with_it()
    {
        var fake = new FakeChatClient
        {
            GetResponseAsyncCallback = (_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "1通300円です。"))
            {
                ModelId = "gpt-4o-mini-2024-07-18",
                Usage = new UsageDetails { InputTokenCount = 31, OutputTokenCount = 7, TotalTokenCount = 38 },
                AdditionalProperties = new()
                {
                    [ResponseProperties.LatencyMs] = 812.5,
                    [ResponseProperties.RetrievedIds] = new[] { "住民票.md#手数料はいくらですか" },
                },
            }),
        };
        using var client = Client(fake);

        await client.GetResponseAsync(Question, Options());
        ChatResponse cached = await client.GetResponseAsync(Question, Options());

        Assert.Equal("gpt-4o-mini-2024-07-18", cached.ModelId);
        Assert.Equal((31L, 7L), (cached.Usage?.InputTokenCount, cached.Usage?.OutputTokenCount));
        var properties = cached.AdditionalProperties!;
        Assert.Equal(812.5, ((JsonElement)properties[ResponseProperties.LatencyMs]!).GetDouble());
        Assert.Equal(
            ["住民票.md#手数料はいくらですか"],
            ((JsonElement)properties[ResponseProperties.RetrievedIds]!).EnumerateArray().Select(id => id.GetString()));
        Assert.Equal(true, properties[ResponseProperties.Cached]);
    }

    [Fact]
    public async Task Stores_through_compile_time_metadata_only_as_the_native_aot_build_does()
    {
        var fake = new FakeChatClient
        {
            GetResponseAsyncCallback = (_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "1通300円です。"))
            {
                AdditionalProperties = new() { ["unknown"] = new UnknownValue(1) },
            }),
        };
        using var client = Client(fake);

        await Assert.ThrowsAsync<NotSupportedException>(() => client.GetResponseAsync(Question, Options()));
    }

    [Fact]
    public async Task Serves_a_re_run_from_the_store_after_it_was_closed_and_reopened()
    {
        var firstRun = Answering("1通300円です。");
        using (var client = Client(firstRun))
        {
            await client.GetResponseAsync(Question, Options());
        }

        await store.DisposeAsync();
        store = await SqliteResultStore.OpenAsync(folder.File("results.db"));
        var secondRun = Answering("別の回答");
        using var reopened = Client(secondRun);

        ChatResponse response = await reopened.GetResponseAsync(Question, Options());

        Assert.Equal((1, 0), (firstRun.ResponseCalls, secondRun.ResponseCalls));
        Assert.Equal("1通300円です。", response.Text);
        Assert.Equal(true, response.AdditionalProperties![ResponseProperties.Cached]);
    }

    [Fact]
    public async Task Serves_a_streaming_call_from_an_entry_a_plain_call_stored()
    {
        var fake = Answering("1通300円です。");
        using var client = Client(fake);
        await client.GetResponseAsync(Question, Options());

        List<ChatResponseUpdate> updates = [];
        await foreach (var update in client.GetStreamingResponseAsync(Question, Options()))
        {
            updates.Add(update);
        }

        ChatResponse streamed = updates.ToChatResponse();
        Assert.Equal((1, 0), (fake.ResponseCalls, fake.StreamingCalls));
        Assert.Equal("1通300円です。", streamed.Text);
        Assert.Equal(true, streamed.AdditionalProperties![ResponseProperties.Cached]);
    }

    [Fact]
    public void Keys_a_request_by_a_sha256_of_fingerprint_messages_and_options()
    {
        using var client = new ResponseCachingChatClient(Answering("回答"), store, Fingerprint, "cloud-mini");

        string key = client.KeyOf([new ChatMessage(ChatRole.User, Question)], Options());

        Assert.Matches("^[0-9a-f]{64}$", key);
        Assert.Equal(key, client.KeyOf([new ChatMessage(ChatRole.User, Question)], Options()));
        Assert.NotEqual(key, client.KeyOf([new ChatMessage(ChatRole.User, Question)], null));
        Assert.NotEqual(key, client.KeyOf([new ChatMessage(ChatRole.Assistant, Question)], Options()));
    }

    [Fact]
    public void Keys_a_request_as_before_compile_time_metadata_so_that_stored_entries_stay_found()
    {
        using var client = new ResponseCachingChatClient(Answering("回答"), store, Fingerprint, "cloud-mini");
        ChatMessage[] messages = [new ChatMessage(ChatRole.System, "区の職員です。"), new ChatMessage(ChatRole.User, Question)];
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (byte[] part in new[]
                 {
                     System.Text.Encoding.UTF8.GetBytes(Fingerprint),
                     JsonSerializer.SerializeToUtf8Bytes(messages, AIJsonUtilities.DefaultOptions),
                     JsonSerializer.SerializeToUtf8Bytes(Options(), AIJsonUtilities.DefaultOptions),
                     BitConverter.GetBytes(1),
                 })
        {
            hash.AppendData(BitConverter.GetBytes(part.Length));
            hash.AppendData(part);
        }

        Assert.Equal(Convert.ToHexStringLower(hash.GetHashAndReset()), client.KeyOf(messages, Options()));
    }

    [Fact]
    public async Task In_front_of_the_pipeline_a_hit_waits_for_no_rate_limit_and_is_not_measured_again()
    {
        var fake = Answering("1通300円です。");
        var limits = new ProviderLimits { Rpm = 1 };
        using var client = new ChatClientBuilder(fake)
            .UseResponseCache(store, Profile(), knowledgeHash: null)
            .UseRateLimiting(limits)
            .UseMeasurement("o200k_base")
            .Build();
        ChatResponse first = await client.GetResponseAsync(Question, Options());

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        ChatResponse second = await client.GetResponseAsync(Question, Options(), cts.Token);

        Assert.Equal(1, fake.StreamingCalls);
        Assert.Equal(
            (double)first.AdditionalProperties![ResponseProperties.LatencyMs]!,
            ((JsonElement)second.AdditionalProperties![ResponseProperties.LatencyMs]!).GetDouble());
        Assert.Equal(true, second.AdditionalProperties[ResponseProperties.Cached]);
    }

    private static ProviderProfile Profile() =>
        new() { Id = "cloud-mini", Name = "クラウド", Method = DeploymentMethod.Cloud, Adapter = AdapterNames.OpenAi, Model = "gpt-4o-mini" };

    private static ChatOptions Options() => new() { ModelId = "gpt-4o-mini", Temperature = 0, MaxOutputTokens = 500 };

    private static FakeChatClient Answering(string text) => FakeChatClient.Answering(text);

    private IChatClient Client(FakeChatClient fake, string fingerprint = Fingerprint) =>
        new ChatClientBuilder(fake).UseResponseCache(store, fingerprint, "cloud-mini").Build();

    /// <summary>A value no compile-time metadata knows.</summary>
    private sealed record UnknownValue(int Number);
}
