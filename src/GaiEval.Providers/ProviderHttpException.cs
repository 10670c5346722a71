namespace GaiEval.Providers;

/// <summary>
/// A failed call to a provider's API, in one shape whatever the adapter's client library: the HTTP status (null when no
/// response came: connection refused or reset) and the server's Retry-After, if any. Adapters translate their library's
/// failures into this type so that the resilience middleware can decide on retries in one place.
/// </summary>
public sealed class ProviderHttpException(string message, int? statusCode, TimeSpan? retryAfter = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    public int? StatusCode { get; } = statusCode;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
