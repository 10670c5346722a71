namespace GaiEval.Providers.Middleware;

using System.Runtime.CompilerServices;
using System.Threading.RateLimiting;
using GaiEval.Providers.Tokens;
using Microsoft.Extensions.AI;

/// <summary>
/// Spaces calls to keep within a provider's requests per minute and tokens per minute. Callers over a rate wait in a
/// queue, oldest first; a wait ends early with <see cref="OperationCanceledException"/> when the caller cancels.
/// </summary>
/// <remarks>
/// <para><b>Requests.</b> Permits are spread evenly over the minute (a bucket of one permit refilled every 60 s / rpm)
/// rather than allowed as a burst at the start of each minute, so a run never trips the provider's own limiter. For high
/// rates the refill period is kept at or above <see cref="MinReplenishmentPeriod"/> and refills several permits at a time.</para>
/// <para><b>Tokens.</b> Before each call, the estimated input tokens (messages and instructions, counted with the
/// profile's tokenizer) plus <see cref="ChatOptions.MaxOutputTokens"/>, or <see cref="DefaultOutputAllowance"/> when it
/// is not set, are taken from a bucket that holds one minute's tokens and refills evenly at tpm per minute (in steps of
/// at least <see cref="MinReplenishmentPeriod"/>). A call that needs more than the whole bucket waits until the bucket
/// is full and then takes all of it, so it runs alone instead of waiting forever; what it uses beyond the bucket is not
/// charged. Tokens are taken before the request permit.</para>
/// </remarks>
public sealed class RateLimitingChatClient : DelegatingChatClient
{
    /// <summary>Output tokens reserved for a call whose options set no <see cref="ChatOptions.MaxOutputTokens"/>.</summary>
    public const int DefaultOutputAllowance = 1024;

    internal static readonly TimeSpan MinReplenishmentPeriod = TimeSpan.FromMilliseconds(50);

    private readonly TokenBucketRateLimiter? requests;
    private readonly TokenBucketRateLimiter? tokens;
    private readonly int tokenBucketSize;
    private readonly TokenEstimator? estimator;

    /// <param name="innerClient">The client to call.</param>
    /// <param name="requestsPerMinute">The most calls started per minute; must be positive.</param>
    public RateLimitingChatClient(IChatClient innerClient, int requestsPerMinute)
        : this(innerClient, requestsPerMinute, tokensPerMinute: null, estimator: null)
    {
    }

    /// <param name="innerClient">The client to call.</param>
    /// <param name="requestsPerMinute">The most calls started per minute (positive), or null for no limit.</param>
    /// <param name="tokensPerMinute">The most tokens per minute (positive), or null for no limit.</param>
    /// <param name="estimator">Counts the input tokens of a call; required when <paramref name="tokensPerMinute"/> is set.</param>
    public RateLimitingChatClient(IChatClient innerClient, int? requestsPerMinute, int? tokensPerMinute, TokenEstimator? estimator)
        : base(innerClient)
    {
        if (requestsPerMinute is int rpm)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rpm, nameof(requestsPerMinute));
            requests = new TokenBucketRateLimiter(CreateOptions(rpm));
        }

        if (tokensPerMinute is int tpm)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tpm, nameof(tokensPerMinute));
            ArgumentNullException.ThrowIfNull(estimator);
            tokens = new TokenBucketRateLimiter(CreateTokenOptions(tpm));
            tokenBucketSize = tpm;
            this.estimator = estimator;
        }
    }

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        IReadOnlyList<ChatMessage> request = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        await WaitForPermitsAsync(request, options, cancellationToken).ConfigureAwait(false);
        return await base.GetResponseAsync(request, options, cancellationToken).ConfigureAwait(false);
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        IReadOnlyList<ChatMessage> request = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        await WaitForPermitsAsync(request, options, cancellationToken).ConfigureAwait(false);
        await foreach (var update in base.GetStreamingResponseAsync(request, options, cancellationToken).ConfigureAwait(false))
        {
            yield return update;
        }
    }

    internal static TokenBucketRateLimiterOptions CreateOptions(int requestsPerMinute)
    {
        var (period, permitsPerPeriod) = EvenRefill(requestsPerMinute);
        return Options(bucketSize: permitsPerPeriod, period, permitsPerPeriod);
    }

    internal static TokenBucketRateLimiterOptions CreateTokenOptions(int tokensPerMinute)
    {
        var (period, tokensPerPeriod) = EvenRefill(tokensPerMinute);
        return Options(bucketSize: tokensPerMinute, period, tokensPerPeriod);
    }

    /// <summary>Tokens a call reserves: estimated input plus the output allowance, capped at the bucket size.</summary>
    internal int TokensFor(IReadOnlyList<ChatMessage> messages, ChatOptions? options)
    {
        if (estimator is null)
        {
            return 0;
        }

        long needed = (long)estimator.CountTokens(messages) + estimator.CountTokens(options?.Instructions)
            + (options?.MaxOutputTokens ?? DefaultOutputAllowance);
        return (int)Math.Clamp(needed, 1, tokenBucketSize);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            requests?.Dispose();
            tokens?.Dispose();
        }

        base.Dispose(disposing);
    }

    private static (TimeSpan Period, int PerPeriod) EvenRefill(int perMinute)
    {
        var perPermit = TimeSpan.FromMinutes(1) / perMinute;
        var period = perPermit < MinReplenishmentPeriod ? MinReplenishmentPeriod : perPermit;
        int perPeriod = (int)Math.Max(1, perMinute * period.Ticks / TimeSpan.TicksPerMinute);
        return (period, perPeriod);
    }

    private static TokenBucketRateLimiterOptions Options(int bucketSize, TimeSpan period, int perPeriod) => new()
    {
        TokenLimit = bucketSize,
        TokensPerPeriod = perPeriod,
        ReplenishmentPeriod = period,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };

    private async ValueTask WaitForPermitsAsync(IReadOnlyList<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
    {
        if (tokens is not null)
        {
            await AcquireAsync(tokens, TokensFor(messages, options), cancellationToken).ConfigureAwait(false);
        }

        if (requests is not null)
        {
            await AcquireAsync(requests, 1, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async ValueTask AcquireAsync(RateLimiter limiter, int permits, CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(permits, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("レート制限の待ち行列があふれました。同時実行数を減らしてください。");
        }
    }
}
