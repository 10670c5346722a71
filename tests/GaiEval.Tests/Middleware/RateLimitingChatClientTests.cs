namespace GaiEval.Tests.Middleware;

using System.Diagnostics;
using GaiEval.Core.Plans;
using GaiEval.Providers.Middleware;
using Microsoft.Extensions.AI;

public sealed class RateLimitingChatClientTests
{
    [Fact]
    public async Task Spaces_calls_to_the_requests_per_minute()
    {
        var fake = FakeChatClient.Answering("回答");
        using var client = new ChatClientBuilder(fake).UseRateLimiting(new ProviderLimits { Rpm = 600 }).Build();

        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.GetResponseAsync("質問")));
        stopwatch.Stop();

        // 600 per minute is one per 100 ms: the first call goes at once, the nine others wait their turn.
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(800), $"{stopwatch.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(10, fake.ResponseCalls);
    }

    [Fact]
    public async Task Adds_no_wait_and_no_layer_when_there_is_no_limit()
    {
        var fake = FakeChatClient.Answering("回答");
        using var client = new ChatClientBuilder(fake).UseRateLimiting(new ProviderLimits { Rpm = null }).Build();

        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.GetResponseAsync("質問")));

        Assert.Same(fake, client);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromMilliseconds(500), $"{stopwatch.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(10, fake.ResponseCalls);
    }

    [Fact]
    public async Task Ends_a_wait_when_the_caller_cancels_it()
    {
        var fake = FakeChatClient.Answering("回答");
        using var client = new ChatClientBuilder(fake).UseRateLimiting(new ProviderLimits { Rpm = 1 }).Build();
        await client.GetResponseAsync("質問");
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var stopwatch = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetResponseAsync("質問", cancellationToken: cts.Token));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"{stopwatch.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(1, fake.ResponseCalls);
    }

    [Fact]
    public async Task Limits_streaming_calls_as_well()
    {
        var fake = FakeChatClient.Answering("回答");
        using var client = new ChatClientBuilder(fake).UseRateLimiting(new ProviderLimits { Rpm = 1 }).Build();
        await client.GetResponseAsync("質問");
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in client.GetStreamingResponseAsync("質問", cancellationToken: cts.Token))
            {
            }
        });

        Assert.Equal(0, fake.StreamingCalls);
    }

    [Theory]
    [InlineData(600, 1, 100)]
    [InlineData(60, 1, 1000)]
    [InlineData(6000, 5, 50)]
    [InlineData(120000, 100, 50)]
    public void Refills_permits_evenly_and_never_faster_than_every_50_ms(int rpm, int permits, int periodMs)
    {
        var options = RateLimitingChatClient.CreateOptions(rpm);

        Assert.Equal((permits, permits), (options.TokenLimit, options.TokensPerPeriod));
        Assert.Equal(TimeSpan.FromMilliseconds(periodMs), options.ReplenishmentPeriod);
        Assert.True(options.AutoReplenishment);
    }
}
