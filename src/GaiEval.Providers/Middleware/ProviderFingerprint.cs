namespace GaiEval.Providers.Middleware;

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
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
        var fields = new FingerprintFields(
            Version,
            profile.Adapter,
            profile.Endpoint,
            profile.Model,
            profile.ApiVersion,
            profile.SystemPrompt,
            profile.Temperature,
            profile.MaxOutputTokens,
            profile.Tokenizer,
            profile.Http is { } http ? Describe(http) : null,
            profile.Retrieval,
            profile.Rag,
            retrieves ? knowledgeHash : null,
            retrieves ? ClearancePolicy.Ceiling(profile).ToString() : null);
        return JsonSerializer.Serialize(fields, ProviderFingerprintJsonContext.Default.FingerprintFields);
    }

    private static HttpFingerprint Describe(HttpTemplate http) => new(
        http.Method,
        [.. http.Headers.OrderBy(header => header.Key, StringComparer.Ordinal).Select(header => new[] { header.Key, Sha256(header.Value) })],
        http.Body,
        http.AnswerPath,
        http.InputTokensPath,
        http.OutputTokensPath);

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

/// <summary>What <see cref="ProviderFingerprint"/> writes, in its order and with its names (System.Text.Json's defaults otherwise).</summary>
internal sealed record FingerprintFields(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("adapter")] string Adapter,
    [property: JsonPropertyName("endpoint")] string? Endpoint,
    [property: JsonPropertyName("model")] string? Model,
    [property: JsonPropertyName("api_version")] string? ApiVersion,
    [property: JsonPropertyName("system_prompt")] string? SystemPrompt,
    [property: JsonPropertyName("temperature")] double? Temperature,
    [property: JsonPropertyName("max_output_tokens")] int? MaxOutputTokens,
    [property: JsonPropertyName("tokenizer")] string Tokenizer,
    [property: JsonPropertyName("http")] HttpFingerprint? Http,
    [property: JsonPropertyName("retrieval")] RetrievalSettings? Retrieval,
    [property: JsonPropertyName("rag")] RetrievalSettings? Rag,
    [property: JsonPropertyName("knowledge")] string? Knowledge,
    [property: JsonPropertyName("documents_up_to")] string? DocumentsUpTo);

/// <summary>The HTTP template in <see cref="FingerprintFields"/>: header values only as their SHA-256.</summary>
internal sealed record HttpFingerprint(
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("headers")] string[][] Headers,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("answer_path")] string AnswerPath,
    [property: JsonPropertyName("input_tokens_path")] string? InputTokensPath,
    [property: JsonPropertyName("output_tokens_path")] string? OutputTokensPath);

[JsonSerializable(typeof(FingerprintFields))]
internal sealed partial class ProviderFingerprintJsonContext : JsonSerializerContext;
