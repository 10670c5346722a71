namespace GaiEval.Tests.Middleware;

using System.Runtime.CompilerServices;
using GaiEval.Core.Running;
using GaiEval.Providers.Middleware;
using Microsoft.Extensions.AI;

public sealed class MeasuringChatClientTests
{
    private const string Question = "住民票の写しはどこで取得できますか？"; // 14 tokens in o200k_base
    private const string Answer = "Hello, world!"; // 4 tokens in o200k_base

    // Timers may fire up to a tick early, so a wait of N ms is checked against N minus this margin.
    private const double TimerMarginMs = 5;

    [Fact]
    public async Task Measures_time_to_first_text_and_to_the_last_update_through_the_streaming_call()
    {
        var fake = new FakeChatClient { GetStreamingResponseAsyncCallback = (_, _, ct) => SlowStreamAsync(ct) };
        using var client = Build(fake);

        var response = await client.GetResponseAsync(Question);

        double ttft = Assert.IsType<double>(response.AdditionalProperties?[ResponseProperties.TimeToFirstTokenMs]);
        double latency = Assert.IsType<double>(response.AdditionalProperties?[ResponseProperties.LatencyMs]);
        Assert.InRange(ttft, 60 - TimerMarginMs, latency);
        Assert.True(latency >= 120 - TimerMarginMs, $"latency {latency} ms");
        Assert.True(latency - ttft >= 60 - TimerMarginMs, $"ttft {ttft} ms, latency {latency} ms");
        Assert.Equal("こんにちは、世界", response.Text);
        Assert.Equal((0, 1), (fake.ResponseCalls, fake.StreamingCalls));
    }

    [Fact]
    public async Task Keeps_properties_that_a_streaming_adapter_set_on_its_updates()
    {
        string[] ids = ["kb-1", "kb-7"];
        var fake = new FakeChatClient
        {
            GetStreamingResponseAsyncCallback = (_, _, _) => new ChatResponseUpdate[]
            {
                new(ChatRole.Assistant, "前半") { AdditionalProperties = new() { [ResponseProperties.RetrievedIds] = ids } },
                new(ChatRole.Assistant, "後半") { AdditionalProperties = new() { ["adapter.note"] = "x" } },
            }.ToAsyncEnumerable(),
        };
        using var client = Build(fake);

        var response = await client.GetResponseAsync(Question);

        Assert.Same(ids, response.AdditionalProperties?[ResponseProperties.RetrievedIds]);
        Assert.Equal("x", response.AdditionalProperties?["adapter.note"]);
        Assert.Equal("前半後半", response.Text);
    }

    [Fact]
    public async Task Keeps_properties_of_an_adapter_that_only_answers_whole_responses()
    {
        var fake = new FakeChatClient
        {
            GetResponseAsyncCallback = (_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, Answer))
            {
                AdditionalProperties = new() { [ResponseProperties.Cached] = true },
            }),
        };
        using var client = Build(fake);

        var response = await client.GetResponseAsync(Question);

        Assert.Equal(true, response.AdditionalProperties?[ResponseProperties.Cached]);
        Assert.IsType<double>(response.AdditionalProperties?[ResponseProperties.LatencyMs]);
        Assert.IsType<double>(response.AdditionalProperties?[ResponseProperties.TimeToFirstTokenMs]);
        Assert.Equal(Answer, response.Text);
    }

    [Fact]
    public async Task Leaves_reported_usage_as_it_is_and_does_not_mark_it_estimated()
    {
        var fake = AnsweringWith(new UsageDetails { InputTokenCount = 100, OutputTokenCount = 50, TotalTokenCount = 150 });
        using var client = Build(fake);

        var response = await client.GetResponseAsync(Question);

        Assert.Equal((100L, 50L, 150L), (response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount, response.Usage?.TotalTokenCount));
        Assert.False(response.AdditionalProperties?.ContainsKey(ResponseProperties.EstimatedWith));
    }

    [Fact]
    public async Task Estimates_missing_usage_from_the_request_messages_and_instructions_and_the_answer_text()
    {
        using var client = Build(AnsweringWith(usage: null));
        ChatMessage[] request = [new(ChatRole.System, Answer), new(ChatRole.User, Question)];

        var response = await client.GetResponseAsync(request, new ChatOptions { Instructions = Answer });

        Assert.Equal(4L + 14L + 4L, response.Usage?.InputTokenCount);
        Assert.Equal(4L, response.Usage?.OutputTokenCount);
        Assert.Equal(26L, response.Usage?.TotalTokenCount);
        Assert.Equal("o200k_base", response.AdditionalProperties?[ResponseProperties.EstimatedWith]);
    }

    [Fact]
    public async Task Estimates_only_the_count_the_provider_left_out()
    {
        using var client = Build(AnsweringWith(new UsageDetails { InputTokenCount = 100 }));

        var response = await client.GetResponseAsync(Question);

        Assert.Equal(100L, response.Usage?.InputTokenCount);
        Assert.Equal(4L, response.Usage?.OutputTokenCount);
        Assert.Equal("o200k_base", response.AdditionalProperties?[ResponseProperties.EstimatedWith]);
    }

    [Fact]
    public async Task Passes_streaming_calls_through_unchanged()
    {
        ChatResponseUpdate[] updates = [new(ChatRole.Assistant, "一"), new(ChatRole.Assistant, "二")];
        var fake = new FakeChatClient { GetStreamingResponseAsyncCallback = (_, _, _) => updates.ToAsyncEnumerable() };
        using var client = Build(fake);

        List<ChatResponseUpdate> received = [];
        await foreach (var update in client.GetStreamingResponseAsync(Question))
        {
            received.Add(update);
        }

        Assert.Equal(updates, received);
        Assert.All(received, update => Assert.Null(update.AdditionalProperties));
    }

    [Fact]
    public void Rejects_an_unknown_tokenizer_when_the_pipeline_is_described()
    {
        var builder = new ChatClientBuilder(FakeChatClient.Answering(Answer));

        var error = Assert.Throws<ArgumentException>(() => builder.UseMeasurement("gpt-99"));

        Assert.Contains("o200k_base", error.Message);
    }

    private static IChatClient Build(IChatClient inner) => new ChatClientBuilder(inner).UseMeasurement("o200k_base").Build();

    private static FakeChatClient AnsweringWith(UsageDetails? usage) => new()
    {
        GetResponseAsyncCallback = (_, _, _) =>
            Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, Answer)) { Usage = usage }),
    };

    private static async IAsyncEnumerable<ChatResponseUpdate> SlowStreamAsync([EnumeratorCancellation] CancellationToken ct)
    {
        yield return new ChatResponseUpdate { Role = ChatRole.Assistant };
        await Task.Delay(60, ct);
        yield return new ChatResponseUpdate(ChatRole.Assistant, "こんにちは、");
        await Task.Delay(60, ct);
        yield return new ChatResponseUpdate(ChatRole.Assistant, "世界");
    }
}
