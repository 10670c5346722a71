namespace GaiEval.Providers.Middleware;

using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using GaiEval.Core.Inputs;
using GaiEval.Core.Results;
using GaiEval.Core.Running;
using Microsoft.Extensions.AI;

/// <summary>
/// Serves identical requests from an <see cref="IResponseCache"/>, so that a re-run calls the provider only for what it
/// has not answered before. A response served from the cache is marked with <see cref="ResponseProperties.Cached"/> and
/// keeps the measurements stored with it (latency, tokens, retrieved ids), which are therefore not fresh.
/// </summary>
/// <remarks>
/// The key is the SHA-256 (lower-case hex) of the provider fingerprint (see <see cref="ProviderFingerprint"/>), the
/// messages and the options, the latter two serialised with <see cref="AIJsonUtilities.DefaultOptions"/>, and the repeat
/// of the call in progress (<see cref="CallContext"/>), so that repeats stay separate samples. Streaming and
/// non-streaming calls share entries: both store the whole response. Only responses that come back are stored; a call
/// that throws (a failure after retries, a timeout, a cancellation) stores nothing. A stored entry that can no longer be
/// read is treated as a miss. Use it outermost, so that a hit waits for no rate limit and is not measured again.
/// </remarks>
public sealed class ResponseCachingChatClient : CachingChatClient
{
    private static readonly JsonSerializerOptions CacheJson = CreateCacheJson();
    private static readonly JsonTypeInfo<IList<ChatMessage>> MessagesMetadata = GaiEvalJson.Info<IList<ChatMessage>>(CacheJson);
    private static readonly JsonTypeInfo<ChatOptions?> OptionsMetadata = GaiEvalJson.Info<ChatOptions?>(CacheJson);
    private static readonly JsonTypeInfo<ChatResponse> ResponseMetadata = GaiEvalJson.Info<ChatResponse>(CacheJson);

    private readonly IResponseCache cache;
    private readonly byte[] fingerprint;
    private readonly string providerId;

    /// <param name="innerClient">The client to call on a miss.</param>
    /// <param name="cache">Where responses are kept.</param>
    /// <param name="providerFingerprint">Everything about the provider that can change an answer; no secrets.</param>
    /// <param name="providerId">The provider's id, stored with each entry for inspection (not part of the key).</param>
    public ResponseCachingChatClient(IChatClient innerClient, IResponseCache cache, string providerFingerprint, string providerId)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentException.ThrowIfNullOrEmpty(providerFingerprint);
        ArgumentException.ThrowIfNullOrEmpty(providerId);
        this.cache = cache;
        fingerprint = Encoding.UTF8.GetBytes(providerFingerprint);
        this.providerId = providerId;
    }

    /// <summary>The cache key of a request.</summary>
    internal string KeyOf(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        ArgumentNullException.ThrowIfNull(messages);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, fingerprint);
        Append(hash, JsonSerializer.SerializeToUtf8Bytes(messages.ToArray(), MessagesMetadata));
        Append(hash, JsonSerializer.SerializeToUtf8Bytes(options, OptionsMetadata));
        Append(hash, BitConverter.GetBytes(CallContext.Current?.Repeat ?? 1));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    protected override string GetCacheKey(IEnumerable<ChatMessage> messages, ChatOptions? options, params ReadOnlySpan<object?> additionalValues) =>
        KeyOf(messages, options);

    protected override async Task<ChatResponse?> ReadCacheAsync(string key, CancellationToken cancellationToken)
    {
        string? json = await cache.FindAsync(key, cancellationToken).ConfigureAwait(false);
        ChatResponse? response = json is null ? null : TryDeserialize(json);
        if (response is not null)
        {
            (response.AdditionalProperties ??= [])[ResponseProperties.Cached] = true;
        }

        return response;
    }

    protected override async Task<IReadOnlyList<ChatResponseUpdate>?> ReadCacheStreamingAsync(string key, CancellationToken cancellationToken) =>
        await ReadCacheAsync(key, cancellationToken).ConfigureAwait(false) is { } response ? response.ToChatResponseUpdates() : null;

    protected override Task WriteCacheAsync(string key, ChatResponse value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        string json = JsonSerializer.Serialize(value, ResponseMetadata);
        return cache.SaveAsync(key, providerId, json, cancellationToken);
    }

    protected override Task WriteCacheStreamingAsync(string key, IReadOnlyList<ChatResponseUpdate> value, CancellationToken cancellationToken) =>
        WriteCacheAsync(key, value.ToChatResponse(), cancellationToken);

    private static ChatResponse? TryDeserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, ResponseMetadata);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// <see cref="AIJsonUtilities.DefaultOptions"/> with its compile-time metadata only, never the reflection it falls back to
    /// where reflection is enabled (so the JIT build serialises as the Native AOT one), and the metadata of the values our
    /// middleware adds to <see cref="ChatResponse.AdditionalProperties"/> (the retrieved ids and texts).
    /// </summary>
    private static JsonSerializerOptions CreateCacheJson()
    {
        var options = new JsonSerializerOptions(AIJsonUtilities.DefaultOptions);
        options.TypeInfoResolverChain.Clear();
        options.TypeInfoResolverChain.Add(CachedValuesJsonContext.Default);
        foreach (IJsonTypeInfoResolver resolver in AIJsonUtilities.DefaultOptions.TypeInfoResolverChain.Where(r => r is not DefaultJsonTypeInfoResolver))
        {
            options.TypeInfoResolverChain.Add(resolver);
        }

        options.MakeReadOnly();
        return options;
    }

    // Each part is prefixed with its length, so bytes cannot move from one part to the next without changing the key.
    private static void Append(IncrementalHash hash, byte[] bytes)
    {
        Span<byte> length = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}

/// <summary>The values of <see cref="ChatResponse.AdditionalProperties"/> that Microsoft.Extensions.AI has no metadata for.</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class CachedValuesJsonContext : JsonSerializerContext;
