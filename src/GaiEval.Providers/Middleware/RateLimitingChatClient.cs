namespace GaiEval.Providers.Middleware;

using System.Runtime.CompilerServices;
using System.Threading.RateLimiting;
using GaiEval.Core.Plans;
using Microsoft.Extensions.AI;

/// <summary>
/// Spaces calls to keep within a provider's requests per minute. Callers over the rate wait in a queue, oldest first;
/// a wait ends early with <see cref="OperationCanceledException"/> when the caller cancels.
/// </summary>
/// <remarks>
/// Permits are spread evenly over the minute (a bucket of one permit refilled every 60 s / rpm) rather than allowed
/// as a burst at the start of each minute, so a run never trips the provider's own limiter. For high rates the refill
/// period is kept at or above <see cref="MinReplenishmentPeriod"/> and refills several permits at a time.
/// </remarks>
public sealed class RateLimitingChatClient : DelegatingChatClient
{
    internal static readonly TimeSpan MinReplenishmentPeriod = TimeSpan.FromMilliseconds(50);

    private readonly TokenBucketRateLimiter limiter;

    /// <param name="innerClient">The client to call.</param>
    /// <param name="requestsPerMinute">The most calls started per minute; must be positive.</param>
    public RateLimitingChatClient(IChatClient innerClient, int requestsPerMinute)
        : base(innerClient)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requestsPerMinute);
        limiter = new TokenBucketRateLimiter(CreateOptions(requestsPerMinute));
    }

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        await WaitForPermitAsync(cancellationToken).ConfigureAwait(false);
        return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await WaitForPermitAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
        {
            yield return update;
        }
    }

    internal static TokenBucketRateLimiterOptions CreateOptions(int requestsPerMinute)
    {
        var perPermit = TimeSpan.FromMinutes(1) / requestsPerMinute;
        var period = perPermit < MinReplenishmentPeriod ? MinReplenishmentPeriod : perPermit;
        int permitsPerPeriod = (int)Math.Max(1, requestsPerMinute * period.Ticks / TimeSpan.TicksPerMinute);
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = permitsPerPeriod,
            TokensPerPeriod = permitsPerPeriod,
            ReplenishmentPeriod = period,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        };
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            limiter.Dispose();
        }

        base.Dispose(disposing);
    }

    private async ValueTask WaitForPermitAsync(CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("レート制限の待ち行列があふれました。同時実行数を減らしてください。");
        }
    }
}
