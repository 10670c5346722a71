namespace GaiEval.Core.Results;

/// <summary>
/// Provider responses stored by request key, so that an identical request (same provider settings, messages and
/// options) is served again without calling the provider. The key is opaque to the cache (a hash the caller computes).
/// </summary>
public interface IResponseCache
{
    /// <summary>The stored response (JSON) for the key, or null when none is stored.</summary>
    Task<string?> FindAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Stores a response under the key; when the key is already stored, the first response is kept.</summary>
    /// <param name="key">The request key.</param>
    /// <param name="providerId">The provider that answered, kept for inspection only.</param>
    /// <param name="responseJson">The response as JSON.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task SaveAsync(string key, string providerId, string responseJson, CancellationToken cancellationToken = default);
}
