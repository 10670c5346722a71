namespace GaiEval.Tests.Middleware;

using System.Net;
using GaiEval.Core.Plans;
using GaiEval.Core.Running;
using GaiEval.Providers;
using GaiEval.Providers.Middleware;
using Microsoft.Extensions.AI;
using Polly.Timeout;

public sealed class ResilientChatClientTests
{
    private static readonly ProviderLimits Limits = new() { Retries = 2, TimeoutS = 2 };

    [Fact]
    public async Task Retries_transient_errors_and_reports_the_attempts_of_the_success()
    {
        int calls = 0;
        var fake = new FakeChatClient
        {
            GetResponseAsyncCallback = (_, _, _) => ++calls switch
            {
                1 => throw new HttpRequestException("Service Unavailable", null, HttpStatusCode.ServiceUnavailable),
                2 => throw new HttpRequestException("Connection refused"),
                _ => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "回答"))),
            },
        };
        var time = new FastTimeProvider();
        using var client = Build(fake, Limits, time);

        var response = await client.GetResponseAsync("質問");

        Assert.Equal("回答", response.Text);
        Assert.Equal(3, response.AdditionalProperties?[ResponseProperties.Attempts]);
        Assert.Equal(3, fake.ResponseCalls);
    }

    [Fact]
    public async Task Waits_growing_backoff_delays_on_the_given_clock_capped_at_30_seconds()
    {
        var fake = Failing(() => new HttpRequestException("Too Many Requests", null, HttpStatusCode.TooManyRequests));
        var time = new FastTimeProvider();
        using var client = Build(fake, new ProviderLimits { Retries = 8, TimeoutS = 60 }, time);

        var error = await Assert.ThrowsAsync<ProviderCallException>(() => client.GetResponseAsync("質問"));

        // The per-attempt timeouts start as infinite timers that are set later; the others are the backoff delays.
        // Uncapped, the jittered exponential delays add up to more than 90 s over 8 retries, so one exceeds 10 s.
        TimeSpan[] delays = [.. time.RequestedDueTimes.Where(due => due != Timeout.InfiniteTimeSpan)];
        Assert.Equal(8, delays.Length);
        Assert.All(delays, delay => Assert.InRange(delay, TimeSpan.Zero, TimeSpan.FromSeconds(30)));
        Assert.True(delays.Max() > TimeSpan.FromSeconds(10), string.Join(", ", delays));
        Assert.Equal(9, error.Attempts);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task Fails_at_once_on_an_error_that_another_attempt_cannot_fix(HttpStatusCode status)
    {
        var fake = Failing(() => new HttpRequestException("Bad", null, status));
        using var client = Build(fake, Limits, new FastTimeProvider());

        var error = await Assert.ThrowsAsync<ProviderCallException>(() => client.GetResponseAsync("質問"));

        Assert.Equal((1, false), (error.Attempts, error.TimedOut));
        Assert.Equal(1, fake.ResponseCalls);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task Gives_up_after_the_retries_with_a_Japanese_message_that_keeps_the_provider_message()
    {
        var fake = Failing(() => new HttpRequestException("503 Service Unavailable", null, HttpStatusCode.ServiceUnavailable));
        using var client = Build(fake, Limits, new FastTimeProvider());

        var error = await Assert.ThrowsAsync<ProviderCallException>(() => client.GetResponseAsync("質問"));

        Assert.Equal("プロバイダーの呼び出しに失敗しました（3回試行）: 503 Service Unavailable", error.Message);
        Assert.Equal((3, false), (error.Attempts, error.TimedOut));
        Assert.Equal(3, fake.ResponseCalls);
    }

    [Fact]
    public async Task Adds_the_status_to_a_provider_message_that_lacks_it()
    {
        var fake = Failing(() => new HttpRequestException("upstream down", null, HttpStatusCode.BadGateway));
        using var client = Build(fake, Limits with { Retries = 0 }, new FastTimeProvider());

        var error = await Assert.ThrowsAsync<ProviderCallException>(() => client.GetResponseAsync("質問"));

        Assert.Equal("プロバイダーの呼び出しに失敗しました（1回試行）: 502 BadGateway: upstream down", error.Message);
    }

    [Fact]
    public async Task Cuts_off_attempts_that_run_past_the_timeout_and_reports_a_timeout()
    {
        var fake = new FakeChatClient
        {
            GetResponseAsyncCallback = async (_, _, ct) =>
            {
                await Task.Delay(Timeout.Infinite, ct);
                throw new InvalidOperationException("unreachable");
            },
        };
        using var client = Build(fake, Limits, new FastTimeProvider());

        var error = await Assert.ThrowsAsync<ProviderCallException>(() => client.GetResponseAsync("質問"));

        Assert.Equal((3, true), (error.Attempts, error.TimedOut));
        Assert.Equal(3, fake.ResponseCalls);
        Assert.IsType<TimeoutRejectedException>(error.InnerException);
        Assert.StartsWith("プロバイダーの呼び出しに失敗しました（3回試行）: タイムアウト", error.Message);
    }

    [Fact]
    public async Task Treats_an_HttpClient_timeout_as_a_timeout()
    {
        var fake = Failing(() => new TaskCanceledException("The request was canceled", new TimeoutException("HttpClient.Timeout")));
        using var client = Build(fake, Limits with { Retries = 1 }, new FastTimeProvider());

        var error = await Assert.ThrowsAsync<ProviderCallException>(() => client.GetResponseAsync("質問"));

        Assert.Equal((2, true), (error.Attempts, error.TimedOut));
    }

    [Fact]
    public async Task Stops_without_another_attempt_when_the_caller_cancels_after_a_failure()
    {
        using var cts = new CancellationTokenSource();
        var fake = new FakeChatClient
        {
            GetResponseAsyncCallback = (_, _, _) =>
            {
                cts.Cancel();
                throw new HttpRequestException("Service Unavailable", null, HttpStatusCode.ServiceUnavailable);
            },
        };
        using var client = Build(fake, Limits, new FastTimeProvider());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetResponseAsync("質問", cancellationToken: cts.Token));

        Assert.Equal(1, fake.ResponseCalls);
    }

    [Fact]
    public async Task Propagates_the_callers_cancellation_of_a_running_attempt_instead_of_calling_it_a_timeout()
    {
        using var cts = new CancellationTokenSource();
        var fake = new FakeChatClient
        {
            GetResponseAsyncCallback = async (_, _, ct) =>
            {
                cts.Cancel();
                await Task.Delay(Timeout.Infinite, ct);
                throw new InvalidOperationException("unreachable");
            },
        };
        using var client = Build(fake, Limits with { TimeoutS = 60 }, TimeProvider.System);

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.GetResponseAsync("質問", cancellationToken: cts.Token));

        Assert.IsNotType<TimeoutRejectedException>(error);
        Assert.Equal(1, fake.ResponseCalls);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    public async Task Retries_an_adapters_http_failure_only_when_its_status_is_transient(int? status, bool retried)
    {
        var fake = Failing(() => new ProviderHttpException($"HTTP {status}", status));
        using var client = Build(fake, Limits, new FastTimeProvider());

        var error = await Assert.ThrowsAsync<ProviderCallException>(() => client.GetResponseAsync("質問"));

        Assert.Equal(retried ? 3 : 1, fake.ResponseCalls);
        Assert.Equal(fake.ResponseCalls, error.Attempts);
        Assert.IsType<ProviderHttpException>(error.InnerException);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task Waits_the_servers_retry_after_on_429_and_503_instead_of_the_backoff(int status)
    {
        var fake = Failing(() => new ProviderHttpException("busy", status, TimeSpan.FromSeconds(7)));
        var time = new FastTimeProvider();
        using var client = Build(fake, Limits, time);

        await Assert.ThrowsAsync<ProviderCallException>(() => client.GetResponseAsync("質問"));

        Assert.Equal([TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7)], Delays(time));
    }

    [Fact]
    public async Task Cuts_a_servers_retry_after_to_60_seconds()
    {
        var fake = Failing(() => new ProviderHttpException("busy", 429, TimeSpan.FromMinutes(10)));
        var time = new FastTimeProvider(factor: 100_000);
        using var client = Build(fake, Limits with { Retries = 1 }, time);

        await Assert.ThrowsAsync<ProviderCallException>(() => client.GetResponseAsync("質問"));

        Assert.Equal([TimeSpan.FromSeconds(60)], Delays(time));
    }

    [Fact]
    public async Task Uses_its_own_backoff_when_a_retry_after_comes_with_another_status()
    {
        var fake = Failing(() => new ProviderHttpException("down", 500, TimeSpan.FromSeconds(7)));
        var time = new FastTimeProvider();
        using var client = Build(fake, Limits with { Retries = 1 }, time);

        await Assert.ThrowsAsync<ProviderCallException>(() => client.GetResponseAsync("質問"));

        Assert.NotEqual(TimeSpan.FromSeconds(7), Assert.Single(Delays(time)));
    }

    [Fact]
    public async Task Adds_the_status_to_an_adapters_message_that_lacks_it()
    {
        var fake = Failing(() => new ProviderHttpException("upstream down", 502));
        using var client = Build(fake, Limits with { Retries = 0 }, new FastTimeProvider());

        var error = await Assert.ThrowsAsync<ProviderCallException>(() => client.GetResponseAsync("質問"));

        Assert.Equal("プロバイダーの呼び出しに失敗しました（1回試行）: HTTP 502: upstream down", error.Message);
    }

    private static TimeSpan[] Delays(FastTimeProvider time) => [.. time.RequestedDueTimes.Where(due => due != Timeout.InfiniteTimeSpan)];

    private static IChatClient Build(IChatClient inner, ProviderLimits limits, TimeProvider time) =>
        new ChatClientBuilder(inner).UseResilience(limits, time).Build();

    private static FakeChatClient Failing(Func<Exception> error) =>
        new() { GetResponseAsyncCallback = (_, _, _) => Task.FromException<ChatResponse>(error()) };
}
