namespace GaiEval.Providers.Middleware;

using System.Globalization;
using GaiEval.Core.Plans;
using GaiEval.Core.Running;
using Microsoft.Extensions.AI;
using Polly;
using Polly.Retry;
using Polly.Timeout;

/// <summary>
/// Retries transient provider failures with exponential backoff and jitter, and bounds each attempt with a timeout.
/// A final failure becomes a <see cref="ProviderCallException"/>; cancellation by the caller propagates as
/// <see cref="OperationCanceledException"/>. Attempts made are recorded under <see cref="ResponseProperties.Attempts"/>.
/// </summary>
/// <remarks>
/// On 429 and 503 a <see cref="ProviderHttpException.RetryAfter"/> from the server replaces the backoff delay, capped at
/// <see cref="TransientFailures.MaxServerDelay"/> (60 s: past that, holding the item and its concurrency slot costs more
/// than another try, which gets a fresh Retry-After if the server is still busy). Streaming calls pass through without
/// retry: a stream cannot be replayed once updates were handed out.
/// </remarks>
public sealed class ResilientChatClient : DelegatingChatClient
{
    internal static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);
    internal static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    private readonly ProviderLimits limits;
    private readonly ResiliencePipeline pipeline;

    /// <param name="innerClient">The client to call.</param>
    /// <param name="limits">Retries after the first attempt and the timeout per attempt.</param>
    /// <param name="time">The clock for backoff delays and timeouts; tests pass a faster one.</param>
    public ResilientChatClient(IChatClient innerClient, ProviderLimits limits, TimeProvider? time = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(limits);
        this.limits = limits;
        pipeline = BuildPipeline(limits, time ?? TimeProvider.System);
    }

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        IReadOnlyList<ChatMessage> request = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        int attempts = 0;
        try
        {
            var response = await pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await base.GetResponseAsync(request, options, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
            (response.AdditionalProperties ??= [])[ResponseProperties.Attempts] = attempts;
            return response;
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            bool timedOut = TransientFailures.IsTimeout(ex);
            throw new ProviderCallException(
                $"プロバイダーの呼び出しに失敗しました（{attempts}回試行）: {Describe(ex, timedOut)}", attempts, timedOut, ex);
        }
    }

    private static ResiliencePipeline BuildPipeline(ProviderLimits limits, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (limits.Retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && TransientFailures.IsTransient(ex)),
                MaxRetryAttempts = limits.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = BaseDelay,
                MaxDelay = MaxDelay,
                DelayGenerator = args => ValueTask.FromResult(TransientFailures.ServerDelay(args.Outcome.Exception)),
            });
        }

        // Added after the retry, so the timeout applies to each attempt, not to the attempts together.
        return builder.AddTimeout(TimeSpan.FromSeconds(limits.TimeoutS)).Build();
    }

    private string Describe(Exception exception, bool timedOut)
    {
        if (timedOut)
        {
            return string.Create(CultureInfo.InvariantCulture, $"タイムアウトしました（1回あたり{limits.TimeoutS}秒）");
        }

        return exception switch
        {
            HttpRequestException { StatusCode: { } status } when !Mentions(exception, (int)status) => $"{(int)status} {status}: {exception.Message}",
            ProviderHttpException { StatusCode: int status } when !Mentions(exception, status) => $"HTTP {status}: {exception.Message}",
            _ => exception.Message,
        };
    }

    private static bool Mentions(Exception exception, int status) =>
        exception.Message.Contains(status.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
