namespace GaiEval.Tests.Adapters.OpenAi;

using System.Diagnostics;
using GaiEval.Core.Plans;
using GaiEval.Core.Running;
using GaiEval.Tests.Middleware;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI;
using static GaiEval.Tests.Adapters.OpenAi.OpenAiTestKit;

/// <summary>The adapter under the resilience and measurement middleware, against the fake server over real HTTP.</summary>
public sealed class OpenAiPipelineTests
{
    // Backoff delays shortened a hundredfold (1 s → 10 ms); timeouts are set long enough to stay out of the way.
    private static readonly ProviderLimits QuickRetries = new() { Retries = 2, TimeoutS = 600 };

    [Fact]
    public async Task Reports_the_token_counts_exactly_as_served_and_not_as_estimated()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Usage = (1234, 567);
        using var client = Pipeline(OpenAi(server));

        var response = await client.GetResponseAsync("住民票の写しはどこで取得できますか？");

        Assert.Equal((1234L, 567L, 1801L), (response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount, response.Usage?.TotalTokenCount));
        Assert.False(response.AdditionalProperties!.ContainsKey(ResponseProperties.EstimatedWith));
        Assert.Equal(FakeOpenAiServer.DefaultAnswer, response.Text);
        Assert.Equal(1, response.AdditionalProperties[ResponseProperties.Attempts]);
    }

    [Fact]
    public async Task Measures_time_to_first_token_below_the_latency_of_a_stream_with_pauses_between_chunks()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.StreamChunks = 4;
        server.ChunkDelay = TimeSpan.FromMilliseconds(80);
        using var client = Pipeline(OpenAi(server));

        var response = await client.GetResponseAsync("質問");

        double ttft = Assert.IsType<double>(response.AdditionalProperties?[ResponseProperties.TimeToFirstTokenMs]);
        double latency = Assert.IsType<double>(response.AdditionalProperties?[ResponseProperties.LatencyMs]);

        // Role chunk at once, then 4 text chunks, the finish chunk, the usage chunk and [DONE], each 80 ms apart:
        // the first text comes after one pause and at least five more follow before the end (timers may fire a tick early).
        Assert.True(ttft >= 75, $"ttft {ttft} ms");
        Assert.True(latency - ttft >= 5 * 75, $"ttft {ttft} ms, latency {latency} ms");
        Assert.Equal(FakeOpenAiServer.DefaultAnswer, response.Text);
    }

    [Fact]
    public async Task Stops_retrying_at_the_limit_and_the_server_sees_retries_plus_one_requests()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Faults = _ => FakeOpenAiFault.ServerError();
        using var client = Pipeline(OpenAi(server, QuickRetries), new FastTimeProvider(100));

        var error = await Assert.ThrowsAsync<ProviderCallException>(() => client.GetResponseAsync("質問"));

        Assert.Equal(3, server.RequestCount);
        Assert.Equal((3, false), (error.Attempts, error.TimedOut));
        Assert.Equal(
            "プロバイダーの呼び出しに失敗しました（3回試行）: cloud-test が HTTP 500 Internal Server Error を返しました: The server had an error while processing your request.",
            error.Message);
    }

    [Fact]
    public async Task Recovers_when_a_503_is_followed_by_an_answer_and_counts_both_attempts()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Faults = request => request.Number == 1 ? FakeOpenAiFault.ServiceUnavailable() : null;
        using var client = Pipeline(OpenAi(server, QuickRetries), new FastTimeProvider(100));

        var response = await client.GetResponseAsync("質問");

        Assert.Equal(FakeOpenAiServer.DefaultAnswer, response.Text);
        Assert.Equal(2, response.AdditionalProperties?[ResponseProperties.Attempts]);
        Assert.Equal(2, server.RequestCount);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task Waits_the_servers_retry_after_before_the_next_attempt(int status)
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var retryAfter = TimeSpan.FromSeconds(1);
        server.Faults = request => request.Number > 1 ? null
            : status == 429 ? FakeOpenAiFault.TooManyRequests(retryAfter) : FakeOpenAiFault.ServiceUnavailable(retryAfter);
        var clock = new FastTimeProvider(factor: 1); // the real clock, recording the delays asked of it
        using var client = Pipeline(OpenAi(server, QuickRetries with { Retries = 1 }), clock);

        var stopwatch = Stopwatch.StartNew();
        var response = await client.GetResponseAsync("質問");
        stopwatch.Stop();

        Assert.Equal(2, response.AdditionalProperties?[ResponseProperties.Attempts]);
        Assert.Equal([retryAfter], clock.RequestedDueTimes.Where(due => due != Timeout.InfiniteTimeSpan));
        Assert.True(stopwatch.Elapsed >= retryAfter - TimeSpan.FromMilliseconds(5), $"{stopwatch.Elapsed.TotalMilliseconds} ms");
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    public async Task Fails_at_once_without_a_retry_on_an_error_another_attempt_cannot_fix(int status)
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Faults = _ => FakeOpenAiFault.Error(status, "Invalid value for 'temperature'.");
        using var client = Pipeline(OpenAi(server, QuickRetries), new FastTimeProvider(100));

        var error = await Assert.ThrowsAsync<ProviderCallException>(() => client.GetResponseAsync("質問"));

        Assert.Equal(1, server.RequestCount);
        Assert.Equal(1, error.Attempts);
        Assert.Contains($"HTTP {status}", error.Message, StringComparison.Ordinal);
        Assert.Contains("Invalid value for 'temperature'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keeps_the_key_out_of_every_message_when_the_server_rejects_it()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Faults = _ => FakeOpenAiFault.UnauthorizedEchoingKey();
        using var client = Pipeline(OpenAi(server, QuickRetries), new FastTimeProvider(100));

        var error = await Assert.ThrowsAsync<ProviderCallException>(() => client.GetResponseAsync("質問"));

        Assert.Equal(Key, Assert.Single(server.Requests).SentKey);
        Assert.Contains("HTTP 401", error.Message, StringComparison.Ordinal);
        Assert.All(Texts(error), text => Assert.DoesNotContain(Key, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cuts_off_each_attempt_at_the_timeout_and_reports_a_timeout()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Faults = request => request.UserText == "質問" ? FakeOpenAiFault.Slow(TimeSpan.FromSeconds(20)) : null;
        var profile = OpenAi(server, new ProviderLimits { Retries = 1, TimeoutS = 1 });
        using (var warmUp = Adapter(profile))
        {
            await warmUp.GetResponseAsync("準備"); // without a timeout, so that loading code slows no timed attempt below
        }

        using var client = Pipeline(profile);

        var stopwatch = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<ProviderCallException>(() => client.GetResponseAsync("質問"));

        Assert.Equal((2, true), (error.Attempts, error.TimedOut));
        Assert.Equal(3, server.RequestCount);
        Assert.StartsWith("プロバイダーの呼び出しに失敗しました（2回試行）: タイムアウト", error.Message, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"{stopwatch.Elapsed.TotalMilliseconds} ms");
    }

    [Theory]
    [InlineData(FakeOpenAiFaultKind.InvalidJson, "JSON として解釈できません")]
    [InlineData(FakeOpenAiFaultKind.NoChoices, "choices が空です")]
    [InlineData(FakeOpenAiFaultKind.ConnectionReset, "接続が切れました")]
    [InlineData(FakeOpenAiFaultKind.StreamCut, "ストリームが終わりの前に切れました")]
    [InlineData(FakeOpenAiFaultKind.StreamReset, "接続が切れました")]
    public async Task Fails_the_item_after_the_retries_when_every_reply_is_broken(FakeOpenAiFaultKind kind, string named)
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Faults = _ => Fault(kind);
        using var client = Pipeline(OpenAi(server, QuickRetries), new FastTimeProvider(100));

        var error = await Assert.ThrowsAsync<ProviderCallException>(() => client.GetResponseAsync("質問"));

        Assert.Equal(3, server.RequestCount);
        Assert.Equal((3, false), (error.Attempts, error.TimedOut));
        Assert.StartsWith("プロバイダーの呼び出しに失敗しました（3回試行）: cloud-test", error.Message, StringComparison.Ordinal);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recovers_from_a_stream_cut_in_half_with_a_whole_answer_on_the_next_attempt()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Usage = (50, 20);
        server.Faults = request => request.Number == 1 ? FakeOpenAiFault.StreamCut() : null;
        using var client = Pipeline(OpenAi(server, QuickRetries), new FastTimeProvider(100));

        var response = await client.GetResponseAsync("質問");

        Assert.Equal(FakeOpenAiServer.DefaultAnswer, response.Text);
        Assert.Equal((50L, 20L), (response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount));
        Assert.Equal(2, response.AdditionalProperties?[ResponseProperties.Attempts]);
    }

    [Fact]
    public async Task Stops_at_once_without_a_retry_when_the_caller_cancels()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        using var cts = new CancellationTokenSource();
        Stopwatch? sinceCancel = null;
        cts.Token.Register(() => sinceCancel = Stopwatch.StartNew());
        server.Faults = _ =>
        {
            cts.CancelAfter(TimeSpan.FromMilliseconds(100));
            return FakeOpenAiFault.Slow(TimeSpan.FromSeconds(30));
        };
        using var client = Pipeline(OpenAi(server, new ProviderLimits { Retries = 2, TimeoutS = 60 }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetResponseAsync("質問", cancellationToken: cts.Token));

        Assert.NotNull(sinceCancel);
        Assert.True(sinceCancel.Elapsed < TimeSpan.FromSeconds(1), $"{sinceCancel.Elapsed.TotalMilliseconds} ms after the cancellation");
        Assert.Equal(1, server.RequestCount);
    }
}
