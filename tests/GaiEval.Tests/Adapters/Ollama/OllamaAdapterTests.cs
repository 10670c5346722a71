namespace GaiEval.Tests.Adapters.Ollama;

using System.Diagnostics;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Running;
using GaiEval.Providers;
using GaiEval.Providers.Adapters.Ollama;
using GaiEval.Providers.Middleware;
using GaiEval.Tests.Adapters.Http;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI;

public sealed class OllamaAdapterTests : IAsyncLifetime
{
    private const string SystemPrompt = "あなたはみどり区の職員です。";

    private FakeOllamaServer server = null!;

    public async Task InitializeAsync() => server = await FakeOllamaServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Streams_the_answer_in_chunks_with_the_token_counts_Ollama_served()
    {
        using var client = OllamaAdapter.Create(Profile(server.BaseAddress));

        List<ChatResponseUpdate> updates = [];
        await foreach (var update in client.GetStreamingResponseAsync(Prompt(), Options()))
        {
            updates.Add(update);
        }

        var response = updates.ToChatResponse();
        Assert.True(updates.Count(u => u.Text.Length > 0) >= 3, $"{updates.Count} updates");
        Assert.Equal(server.Answer, response.Text);
        Assert.Equal((42L, 17L, 59L), (response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount, response.Usage?.TotalTokenCount));
        Assert.True(FakeOllamaServer.Parse(Assert.Single(server.Received))["stream"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Answers_a_call_without_streaming_with_the_token_counts_Ollama_served()
    {
        server.PromptEvalCount = 1234;
        server.EvalCount = 567;
        using var client = OllamaAdapter.Create(Profile(server.BaseAddress));

        var response = await client.GetResponseAsync(Prompt(), Options());

        Assert.Equal(server.Answer, response.Text);
        Assert.Equal((1234L, 567L), (response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount));
        Assert.False(FakeOllamaServer.Parse(Assert.Single(server.Received))["stream"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Sends_the_model_the_system_prompt_and_the_question_to_the_chat_endpoint()
    {
        using var client = OllamaAdapter.Create(Profile(server.BaseAddress));

        await client.GetResponseAsync(Prompt(), Options());

        var received = Assert.Single(server.Received);
        Assert.Equal(("POST", "/api/chat"), (received.Method, received.PathAndQuery));
        var body = FakeOllamaServer.Parse(received);
        Assert.Equal("llama3.1:8b", body["model"]!.GetValue<string>());
        var messages = body["messages"]!.AsArray();
        Assert.Equal(2, messages.Count);
        Assert.Equal(("system", SystemPrompt), (messages[0]!["role"]!.GetValue<string>(), messages[0]!["content"]!.GetValue<string>()));
        Assert.Equal(("user", "住民票の写しはどこで取れますか。"), (messages[1]!["role"]!.GetValue<string>(), messages[1]!["content"]!.GetValue<string>()));
        Assert.Equal(0.2, body["options"]!["temperature"]!.GetValue<double>(), 3);
        Assert.Equal(256, body["options"]!["num_predict"]!.GetValue<int>());
    }

    [Fact]
    public async Task Uses_the_profile_model_when_the_call_names_none()
    {
        using var client = OllamaAdapter.Create(Profile(server.BaseAddress) with { Model = "qwen2.5:7b" });

        await client.GetResponseAsync(Prompt());

        Assert.Equal("qwen2.5:7b", FakeOllamaServer.Parse(Assert.Single(server.Received))["model"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Turns_a_503_into_a_provider_error_with_its_status_and_Retry_After(bool streaming)
    {
        server.Fault = OllamaFault.Busy;
        server.RetryAfterSeconds = 7;
        using var client = OllamaAdapter.Create(Profile(server.BaseAddress));

        var error = await Assert.ThrowsAsync<ProviderHttpException>(() => CallAsync(client, streaming));

        Assert.Equal((503, TimeSpan.FromSeconds(7)), (error.StatusCode, error.RetryAfter));
        Assert.Contains("server busy", error.Message, StringComparison.Ordinal);
        Assert.Contains("503", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Turns_a_500_into_a_provider_error_with_the_server_message(bool streaming)
    {
        server.Fault = OllamaFault.InternalError;
        using var client = OllamaAdapter.Create(Profile(server.BaseAddress));

        var error = await Assert.ThrowsAsync<ProviderHttpException>(() => CallAsync(client, streaming));

        Assert.Equal((500, (TimeSpan?)null), (error.StatusCode, error.RetryAfter));
        Assert.Equal("Ollama が HTTP 500 Internal Server Error を返しました: llama runner process has terminated", error.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Reports_a_reply_that_is_not_JSON_as_malformed_without_status(bool streaming)
    {
        server.Fault = OllamaFault.InvalidJson;
        using var client = OllamaAdapter.Create(Profile(server.BaseAddress));

        var error = await Assert.ThrowsAsync<ProviderHttpException>(() => CallAsync(client, streaming));

        Assert.Null(error.StatusCode);
        Assert.StartsWith("Ollama の応答が不正です: JSON として解釈できません", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Reports_a_reset_connection_as_a_provider_error_without_status(bool streaming)
    {
        server.Fault = OllamaFault.Reset;
        using var client = OllamaAdapter.Create(Profile(server.BaseAddress));

        var error = await Assert.ThrowsAsync<ProviderHttpException>(() => CallAsync(client, streaming));

        Assert.Null(error.StatusCode);
        Assert.StartsWith("Ollama から応答を受け取れませんでした", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_a_connection_reset_in_the_middle_of_a_stream_after_the_first_chunk()
    {
        server.Fault = OllamaFault.ResetMidStream;
        using var client = OllamaAdapter.Create(Profile(server.BaseAddress));
        List<string> texts = [];

        var error = await Assert.ThrowsAsync<ProviderHttpException>(async () =>
        {
            await foreach (var update in client.GetStreamingResponseAsync(Prompt(), Options()))
            {
                texts.Add(update.Text);
            }
        });

        Assert.Null(error.StatusCode);
        Assert.Equal(["住民票の写しは、区役"], texts);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Reports_a_reply_that_ends_before_its_final_chunk_as_cut_short(bool streaming)
    {
        server.Fault = OllamaFault.StopsBeforeDone;
        using var client = OllamaAdapter.Create(Profile(server.BaseAddress));

        var error = await Assert.ThrowsAsync<ProviderHttpException>(() => CallAsync(client, streaming));

        Assert.Null(error.StatusCode);
        Assert.Equal("Ollama の応答が不正です: 応答のストリームが最後のチャンク（done: true）の前に切れました。", error.Message);
    }

    [Fact]
    public async Task Reports_an_error_line_in_the_middle_of_a_stream_as_malformed()
    {
        server.Fault = OllamaFault.ErrorMidStream;
        using var client = OllamaAdapter.Create(Profile(server.BaseAddress));

        var error = await Assert.ThrowsAsync<ProviderHttpException>(() => CallAsync(client, streaming: true));

        Assert.Null(error.StatusCode);
        Assert.Equal("Ollama の応答が不正です: ストリームの途中でエラーが返されました（内容は Ollama のログで確認してください）。", error.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Reports_a_refused_connection_as_a_provider_error_without_status(bool streaming)
    {
        using var client = OllamaAdapter.Create(Profile(UnusedPort.Address()));

        var error = await Assert.ThrowsAsync<ProviderHttpException>(() => CallAsync(client, streaming));

        Assert.Null(error.StatusCode);
        Assert.IsAssignableFrom<HttpRequestException>(error.InnerException);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Stops_waiting_when_the_caller_cancels(bool streaming)
    {
        server.ChunkDelay = TimeSpan.FromSeconds(20);
        using var client = OllamaAdapter.Create(Profile(server.BaseAddress));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var stopwatch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CallAsync(client, streaming, cancellation.Token));

        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Stops_a_stream_that_stalls_after_its_first_chunk_when_the_caller_cancels()
    {
        server.StallAfterFirstChunk = TimeSpan.FromSeconds(20);
        using var client = OllamaAdapter.Create(Profile(server.BaseAddress));
        using var cancellation = new CancellationTokenSource();
        List<string> texts = [];
        var stopwatch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var update in client.GetStreamingResponseAsync(Prompt(), Options(), cancellation.Token))
            {
                texts.Add(update.Text);
                cancellation.CancelAfter(TimeSpan.FromMilliseconds(200));
            }
        });

        // Without the abort, OllamaSharp's blocking read would wait out the 20 s stall.
        Assert.Single(texts);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Hands_the_served_counts_and_a_time_to_first_token_through_the_measurement_middleware()
    {
        server.ChunkDelay = TimeSpan.FromMilliseconds(50);
        using var client = OllamaAdapter.Create(Profile(server.BaseAddress)).AsBuilder().UseMeasurement("o200k_base").Build();

        var response = await client.GetResponseAsync(Prompt(), Options());

        Assert.Equal(server.Answer, response.Text);
        Assert.Equal((42L, 17L), (response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount));
        Assert.False(response.AdditionalProperties!.ContainsKey(ResponseProperties.EstimatedWith));
        double ttft = (double)response.AdditionalProperties[ResponseProperties.TimeToFirstTokenMs]!;
        double latency = (double)response.AdditionalProperties[ResponseProperties.LatencyMs]!;
        Assert.True(ttft < latency, $"ttft {ttft} ms, latency {latency} ms");
    }

    [Fact]
    public async Task Lets_the_resilience_middleware_time_out_a_model_that_stalls_mid_answer()
    {
        server.StallAfterFirstChunk = TimeSpan.FromSeconds(20);
        using var client = OllamaAdapter.Create(Profile(server.BaseAddress))
            .AsBuilder()
            .UseResilience(new ProviderLimits { Retries = 0, TimeoutS = 0.5 })
            .UseMeasurement("o200k_base")
            .Build();
        var stopwatch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ProviderCallException>(() => client.GetResponseAsync(Prompt(), Options()));

        Assert.True(error.TimedOut, error.Message);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Refuses_a_profile_without_a_model_naming_the_provider()
    {
        var error = Assert.Throws<InvalidOperationException>(() => OllamaAdapter.Create(Profile(server.BaseAddress) with { Model = null }));

        Assert.Contains("onprem-llama", error.Message, StringComparison.Ordinal);
        Assert.Contains("model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_profile_without_an_endpoint()
    {
        var error = Assert.Throws<InvalidOperationException>(() => OllamaAdapter.Create(Profile(server.BaseAddress) with { Endpoint = null }));

        Assert.Contains("endpoint", error.Message, StringComparison.Ordinal);
    }

    private static ProviderProfile Profile(Uri endpoint) => new()
    {
        Id = "onprem-llama",
        Name = "オンプレミス（Ollama）",
        Method = DeploymentMethod.OnPrem,
        Adapter = AdapterNames.Ollama,
        Endpoint = endpoint.AbsoluteUri,
        Model = "llama3.1:8b",
        SystemPrompt = SystemPrompt,
    };

    private static ChatOptions Options() => new() { ModelId = "llama3.1:8b", Temperature = 0.2f, MaxOutputTokens = 256 };

    private static IReadOnlyList<ChatMessage> Prompt() => ItemPrompt.Build(
        new GoldItem
        {
            Id = "q-001",
            Category = "住民問合せ対応",
            Use = "対話生成",
            Question = "住民票の写しはどこで取れますか。",
        },
        SystemPrompt);

    private static async Task CallAsync(IChatClient client, bool streaming, CancellationToken cancellationToken = default)
    {
        if (streaming)
        {
            await foreach (var _ in client.GetStreamingResponseAsync(Prompt(), Options(), cancellationToken))
            {
            }
        }
        else
        {
            await client.GetResponseAsync(Prompt(), Options(), cancellationToken);
        }
    }
}
