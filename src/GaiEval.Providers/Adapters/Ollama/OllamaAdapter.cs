namespace GaiEval.Providers.Adapters.Ollama;

using GaiEval.Core.Plans;
using GaiEval.Providers.Adapters.Http;
using Microsoft.Extensions.AI;

/// <summary>
/// Creates the <c>ollama</c> adapter: Ollama's native chat API (<c>POST {endpoint}/api/chat</c>) through OllamaSharp,
/// streamed when called through the streaming method (as the measurement middleware does), with the profile's model.
/// </summary>
/// <remarks>
/// The endpoint is the server's root, e.g. <c>http://localhost:11434</c>; a path prefix (a reverse proxy) is kept.
/// The adapter owns one HttpClient without a timeout of its own (the resilience middleware times attempts out).
/// Ollama takes no key; <see cref="ProviderProfile.ApiKeyEnv"/> is not used.
/// </remarks>
public static class OllamaAdapter
{
    /// <exception cref="InvalidOperationException">The profile has no absolute http(s) endpoint or no model.</exception>
    public static IChatClient Create(ProviderProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!Uri.TryCreate(profile.Endpoint, UriKind.Absolute, out Uri? endpoint) || endpoint.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"プロバイダー {profile.Id}: adapter ollama には http:// か https:// で始まる endpoint（例: http://localhost:11434）が必要です。");
        }

        if (string.IsNullOrWhiteSpace(profile.Model))
        {
            throw new InvalidOperationException($"プロバイダー {profile.Id}: adapter ollama には model（例: llama3.1:8b）が必要です。");
        }

        var root = endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/");
        HttpClient http = ProviderHttpErrorHandler.CreateClient(OllamaChatClient.ProviderLabel, [], root);
        return new OllamaChatClient(new CancellableOllamaApiClient(http, profile.Model), http);
    }
}
