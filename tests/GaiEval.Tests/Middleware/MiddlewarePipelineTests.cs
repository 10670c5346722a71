namespace GaiEval.Tests.Middleware;

using System.Net;
using System.Runtime.CompilerServices;
using GaiEval.Core.Plans;
using GaiEval.Core.Running;
using GaiEval.Providers.Middleware;
using Microsoft.Extensions.AI;

public sealed class MiddlewarePipelineTests
{
    [Fact]
    public async Task In_the_intended_order_a_stream_that_fails_once_is_retried_and_its_second_attempt_is_measured()
    {
        int calls = 0;
        var fake = new FakeChatClient { GetStreamingResponseAsyncCallback = (_, _, ct) => StreamAsync(++calls, ct) };
        var limits = new ProviderLimits { Rpm = 600, Retries = 2, TimeoutS = 30 };
        using var client = new ChatClientBuilder(fake)
            .UseRateLimiting(limits)
            .UseResilience(limits, new FastTimeProvider())
            .UseMeasurement("o200k_base")
            .Build();

        var response = await client.GetResponseAsync("住民票の写しはどこで取得できますか？");

        var properties = response.AdditionalProperties!;
        Assert.Equal(2, properties[ResponseProperties.Attempts]);
        Assert.True((double)properties[ResponseProperties.LatencyMs]! >= 20 - 5, $"{properties[ResponseProperties.LatencyMs]} ms");
        Assert.Equal("o200k_base", properties[ResponseProperties.EstimatedWith]);
        Assert.Equal((14L, 4L), (response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount));
        Assert.Equal("Hello, world!", response.Text);
    }

    private static async IAsyncEnumerable<ChatResponseUpdate> StreamAsync(int call, [EnumeratorCancellation] CancellationToken ct)
    {
        yield return new ChatResponseUpdate { Role = ChatRole.Assistant };
        if (call == 1)
        {
            throw new HttpRequestException("Service Unavailable", null, HttpStatusCode.ServiceUnavailable);
        }

        await Task.Delay(20, ct);
        yield return new ChatResponseUpdate(ChatRole.Assistant, "Hello, world!");
    }
}
