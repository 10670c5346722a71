namespace GaiEval.Providers.Middleware;

using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using Microsoft.Extensions.AI;

/// <summary>Adds <see cref="ResponseCachingChatClient"/> to a chat client pipeline.</summary>
public static class ResponseCachingChatClientBuilderExtensions
{
    /// <summary>Serves identical requests from <paramref name="cache"/> (see <see cref="ResponseCachingChatClient"/>).</summary>
    /// <remarks>Use it first (outermost): a hit then waits for no rate limit and adds no retrieval or measurement.</remarks>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="cache">Where responses are kept (the result store).</param>
    /// <param name="providerFingerprint">From <see cref="ProviderFingerprint.For"/>.</param>
    /// <param name="providerId">Stored with each entry; not part of the key.</param>
    public static ChatClientBuilder UseResponseCache(
        this ChatClientBuilder builder, IResponseCache cache, string providerFingerprint, string providerId)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentException.ThrowIfNullOrEmpty(providerFingerprint);
        ArgumentException.ThrowIfNullOrEmpty(providerId);
        return builder.Use(inner => new ResponseCachingChatClient(inner, cache, providerFingerprint, providerId));
    }

    /// <summary>Serves identical requests of this provider from <paramref name="cache"/>.</summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="cache">Where responses are kept (the result store).</param>
    /// <param name="profile">The provider.</param>
    /// <param name="knowledgeHash">The plan's <c>KnowledgeBase.ContentHash</c>, or null when the plan has no knowledge.</param>
    public static ChatClientBuilder UseResponseCache(
        this ChatClientBuilder builder, IResponseCache cache, ProviderProfile profile, string? knowledgeHash)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return builder.UseResponseCache(cache, ProviderFingerprint.For(profile, knowledgeHash), profile.Id);
    }
}
