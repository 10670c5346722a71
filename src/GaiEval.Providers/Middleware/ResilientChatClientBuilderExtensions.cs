namespace GaiEval.Providers.Middleware;

using GaiEval.Core.Plans;
using Microsoft.Extensions.AI;

/// <summary>Adds <see cref="ResilientChatClient"/> to a chat client pipeline.</summary>
public static class ResilientChatClientBuilderExtensions
{
    /// <summary>Retries transient failures (up to <see cref="ProviderLimits.Retries"/>) with a timeout per attempt.</summary>
    /// <remarks>
    /// The first <c>Use</c> is the outermost layer. The intended provider pipeline is
    /// <code>
    /// builder.UseRateLimiting(limits).UseResilience(limits).UseMeasurement(profile.Tokenizer)  // → adapter
    /// </code>
    /// Measurement sits inside the retry, so latency and time to first token are per attempt and exclude backoff
    /// waits; the rate limiter sits outside it, so a permit is taken once per item and retries of that item do not
    /// wait for another permit.
    /// </remarks>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="limits">Retries and the timeout per attempt.</param>
    /// <param name="time">The clock for backoff delays and timeouts; null for the system clock.</param>
    public static ChatClientBuilder UseResilience(this ChatClientBuilder builder, ProviderLimits limits, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(limits);
        return builder.Use(inner => new ResilientChatClient(inner, limits, time));
    }
}
