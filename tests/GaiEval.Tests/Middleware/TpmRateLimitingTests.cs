namespace GaiEval.Tests.Middleware;

using System.Diagnostics;
using GaiEval.Core.Plans;
using GaiEval.Providers.Middleware;
using GaiEval.Providers.Tokens;
using Microsoft.Extensions.AI;

public sealed class TpmRateLimitingTests
{
    private readonly TokenEstimator estimator = TokenEstimator.For(TokenEstimator.O200kBase);

    [Fact]
    public async Task Makes_a_call_wait_until_the_bucket_has_refilled_its_tokens()
    {
        var fake = FakeChatClient.Answering("回答");
        using var client = new ChatClientBuilder(fake).UseRateLimiting(new ProviderLimits { Tpm = 6000 }).Build();
        await client.GetResponseAsync("質問", new ChatOptions { MaxOutputTokens = 6000 });

        var stopwatch = Stopwatch.StartNew();
        await client.GetResponseAsync("質問", new ChatOptions { MaxOutputTokens = 40 });

        // 6000 per minute is 5 tokens every 50 ms; the first call emptied the bucket, the second needs 40 + its input.
        int needed = 40 + estimator.CountTokens("質問");
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds((needed / 5 * 50) - 60), $"{stopwatch.Elapsed.TotalMilliseconds} ms");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"{stopwatch.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(2, fake.ResponseCalls);
    }

    [Fact]
    public async Task Lets_small_calls_through_at_once_while_the_bucket_holds_their_tokens()
    {
        var fake = FakeChatClient.Answering("回答");
        using var client = new ChatClientBuilder(fake).UseRateLimiting(new ProviderLimits { Tpm = 6000 }).Build();

        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.GetResponseAsync("質問", new ChatOptions { MaxOutputTokens = 100 })));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromMilliseconds(500), $"{stopwatch.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(10, fake.ResponseCalls);
    }

    [Fact]
    public async Task A_call_larger_than_the_whole_bucket_waits_for_a_full_bucket_and_then_runs_alone()
    {
        var fake = FakeChatClient.Answering("回答");
        using var client = new ChatClientBuilder(fake).UseRateLimiting(new ProviderLimits { Tpm = 12000 }).Build();
        await client.GetResponseAsync("質問", new ChatOptions { MaxOutputTokens = 100 });

        var stopwatch = Stopwatch.StartNew();
        await client.GetResponseAsync("質問", new ChatOptions { MaxOutputTokens = 1_000_000 });

        // 12000 per minute is 10 tokens every 50 ms: refilling what the first call took takes about 550 ms.
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(400), $"{stopwatch.Elapsed.TotalMilliseconds} ms");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"{stopwatch.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(2, fake.ResponseCalls);
    }

    [Fact]
    public void Reserves_the_estimated_input_plus_the_output_limit_or_the_default_allowance()
    {
        using var client = new RateLimitingChatClient(FakeChatClient.Answering("回答"), null, 100_000, estimator);
        List<ChatMessage> messages =
        [
            new(ChatRole.System, "あなたはみどり区の窓口職員です。"),
            new(ChatRole.User, "住民票の写しの手数料はいくらですか"),
        ];
        int input = estimator.CountTokens(messages);

        Assert.Equal(input + RateLimitingChatClient.DefaultOutputAllowance, client.TokensFor(messages, null));
        Assert.Equal(input + 50, client.TokensFor(messages, new ChatOptions { MaxOutputTokens = 50 }));
        Assert.Equal(
            input + estimator.CountTokens("丁寧に答えてください。") + 50,
            client.TokensFor(messages, new ChatOptions { MaxOutputTokens = 50, Instructions = "丁寧に答えてください。" }));
        Assert.Equal(100_000, client.TokensFor(messages, new ChatOptions { MaxOutputTokens = 500_000 }));
        Assert.True(input > 5, $"{input}");
    }

    [Fact]
    public async Task Ends_a_wait_for_tokens_when_the_caller_cancels_it()
    {
        var fake = FakeChatClient.Answering("回答");
        using var client = new ChatClientBuilder(fake).UseRateLimiting(new ProviderLimits { Tpm = 1000 }).Build();
        await client.GetResponseAsync("質問", new ChatOptions { MaxOutputTokens = 1000 });
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var stopwatch = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.GetResponseAsync("質問", new ChatOptions { MaxOutputTokens = 500 }, cts.Token));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"{stopwatch.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(1, fake.ResponseCalls);
    }

    [Fact]
    public async Task Limits_streaming_calls_by_tokens_as_well()
    {
        var fake = FakeChatClient.Answering("回答");
        using var client = new ChatClientBuilder(fake).UseRateLimiting(new ProviderLimits { Tpm = 1000 }).Build();
        await client.GetResponseAsync("質問", new ChatOptions { MaxOutputTokens = 1000 });
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in client.GetStreamingResponseAsync("質問", new ChatOptions { MaxOutputTokens = 500 }, cts.Token))
            {
            }
        });

        Assert.Equal(0, fake.StreamingCalls);
    }

    [Fact]
    public async Task Applies_the_requests_and_the_tokens_limit_together()
    {
        var fake = FakeChatClient.Answering("回答");
        using var client = new ChatClientBuilder(fake).UseRateLimiting(new ProviderLimits { Rpm = 600, Tpm = 1_000_000 }).Build();

        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.GetResponseAsync("質問", new ChatOptions { MaxOutputTokens = 10 })));

        // Plenty of tokens, so the requests limit (one per 100 ms) sets the pace.
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(350), $"{stopwatch.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(5, fake.ResponseCalls);
    }

    [Fact]
    public void Adds_a_layer_for_a_tokens_limit_alone_and_rejects_an_unknown_tokenizer()
    {
        var fake = FakeChatClient.Answering("回答");

        using var client = new ChatClientBuilder(fake).UseRateLimiting(new ProviderLimits { Tpm = 1000 }).Build();

        Assert.IsType<RateLimitingChatClient>(client);
        Assert.Throws<ArgumentException>(() => new ChatClientBuilder(fake).UseRateLimiting(new ProviderLimits { Tpm = 1000 }, "cl100k_unknown"));
    }

    [Theory]
    [InlineData(1000, 1, 60)]
    [InlineData(6000, 5, 50)]
    [InlineData(12000, 10, 50)]
    [InlineData(200000, 166, 50)]
    public void Holds_one_minute_of_tokens_and_refills_them_evenly_never_faster_than_every_50_ms(int tpm, int perPeriod, int periodMs)
    {
        var options = RateLimitingChatClient.CreateTokenOptions(tpm);

        Assert.Equal((tpm, perPeriod), (options.TokenLimit, options.TokensPerPeriod));
        Assert.Equal(TimeSpan.FromMilliseconds(periodMs), options.ReplenishmentPeriod);
        Assert.True(options.AutoReplenishment);
        Assert.True(options.TokensPerPeriod * (TimeSpan.FromMinutes(1) / options.ReplenishmentPeriod) <= tpm);
    }
}
