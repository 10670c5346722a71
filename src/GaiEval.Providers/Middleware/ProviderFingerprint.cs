namespace GaiEval.Providers.Middleware;

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GaiEval.Core.Plans;

/// <summary>
/// Everything about a provider profile that can change its answers, as one string for the response cache key: the
/// adapter, endpoint, model, API version, system prompt, temperature, output limit, tokenizer, HTTP template, retrieval
/// and RAG settings and, when the provider retrieves, the knowledge base's content hash and the highest sensitivity of the
/// documents it may be given (<see cref="ClearancePolicy.Ceiling"/>).
/// </summary>
/// <remarks>
/// No secret goes in: the key's environment variable is left out (its name as well as its value), and HTTP header values,
/// which may name environment variables, go in only as their SHA-256 as written in the plan, never resolved. The id,
/// display name, limits, pricing, candidate flag and (for a provider that does not retrieve) clearance do not change an answer and are left out, so two profiles
/// that differ only in them share cache entries.
/// </remarks>
public static class ProviderFingerprint
{
    private const string Version = "gaieval-provider/2";

    /// <param name="profile">The provider.</param>
    /// <param name="knowledgeHash">The plan's <c>KnowledgeBase.ContentHash</c>; used only when the provider retrieves.</param>
    public static string For(ProviderProfile profile, string? knowledgeHash)
    {
        ArgumentNullException.ThrowIfNull(profile);
        bool retrieves = AdapterCatalogue.Of(profile.Adapter).SearchesKnowledge || profile.Rag is not null;
        var fields = new
        {
            version = Version,
            adapter = profile.Adapter,
            endpoint = profile.Endpoint,
            model = profile.Model,
            api_version = profile.ApiVersion,
            system_prompt = profile.SystemPrompt,
            temperature = profile.Temperature,
            max_output_tokens = profile.MaxOutputTokens,
            tokenizer = profile.Tokenizer,
            http = profile.Http is { } http ? Describe(http) : null,
            retrieval = profile.Retrieval,
            rag = profile.Rag,
            knowledge = retrieves ? knowledgeHash : null,
            documents_up_to = retrieves ? ClearancePolicy.Ceiling(profile).ToString() : null,
        };
        return JsonSerializer.Serialize(fields);
    }

    private static object Describe(HttpTemplate http) => new
    {
        method = http.Method,
        headers = http.Headers
            .OrderBy(header => header.Key, StringComparer.Ordinal)
            .Select(header => new[] { header.Key, Sha256(header.Value) })
            .ToArray(),
        body = http.Body,
        answer_path = http.AnswerPath,
        input_tokens_path = http.InputTokensPath,
        output_tokens_path = http.OutputTokensPath,
    };

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
