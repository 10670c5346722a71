namespace GaiEval.Providers.Middleware;

using GaiEval.Core.Plans;
using Microsoft.Extensions.AI;

/// <summary>Adds <see cref="RateLimitingChatClient"/> to a chat client pipeline.</summary>
public static class RateLimitingChatClientBuilderExtensions
{
    /// <summary>Keeps calls within <see cref="ProviderLimits.Rpm"/>; adds nothing when it is null.</summary>
    /// <remarks>Use it first (outermost), so one permit is taken per item; see <see cref="ResilientChatClientBuilderExtensions.UseResilience"/>.</remarks>
    public static ChatClientBuilder UseRateLimiting(this ChatClientBuilder builder, ProviderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(limits);
        return limits.Rpm is int rpm ? builder.Use(inner => new RateLimitingChatClient(inner, rpm)) : builder;
    }
}
