namespace GaiEval.Providers.Middleware;

using GaiEval.Core.Plans;
using GaiEval.Providers.Tokens;
using Microsoft.Extensions.AI;

/// <summary>Adds <see cref="RateLimitingChatClient"/> to a chat client pipeline.</summary>
public static class RateLimitingChatClientBuilderExtensions
{
    /// <summary>
    /// Keeps calls within <see cref="ProviderLimits.Rpm"/> and <see cref="ProviderLimits.Tpm"/>; adds nothing when both
    /// are null.
    /// </summary>
    /// <remarks>
    /// Use it outside retries, so one permit is taken per item (see <see cref="ResilientChatClientBuilderExtensions.UseResilience"/>),
    /// and inside retrieval augmentation, so the tokens reserved include the retrieved text.
    /// </remarks>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="limits">Requests and tokens per minute.</param>
    /// <param name="tokenizerName">The tokenizer that estimates a call's input tokens for the tpm limit (the profile's).</param>
    /// <exception cref="ArgumentException">Tpm is set and the tokenizer is not supported.</exception>
    public static ChatClientBuilder UseRateLimiting(
        this ChatClientBuilder builder, ProviderLimits limits, string tokenizerName = TokenEstimator.O200kBase)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(limits);
        if (limits.Rpm is null && limits.Tpm is null)
        {
            return builder;
        }

        TokenEstimator? estimator = limits.Tpm is null ? null : TokenEstimator.For(tokenizerName);
        return builder.Use(inner => new RateLimitingChatClient(inner, limits.Rpm, limits.Tpm, estimator));
    }
}
