namespace GaiEval.Providers;

/// <summary>
/// A failed call to a provider's API, in one shape whatever the adapter's client library: the HTTP status (null when no
/// usable response came: connection refused or reset, a malformed reply) and the server's Retry-After, if any. Adapters translate their library's
/// failures into this type so that the resilience middleware can decide on retries in one place.
/// </summary>
public sealed class ProviderHttpException(string message, int? statusCode, TimeSpan? retryAfter = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    public int? StatusCode { get; } = statusCode;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>No response came: the connection was refused, reset or cut while the reply was read.</summary>
    /// <param name="detail">The cause, with secrets already blanked out.</param>
    public static ProviderHttpException NoResponse(string provider, string detail, Exception inner) =>
        new($"{provider} から応答を受け取れませんでした（接続できないか、接続が切れました）: {detail}", null, null, inner);

    /// <summary>The provider answered with an error status.</summary>
    /// <param name="detail">The body's error message, with secrets already blanked out; may be empty.</param>
    public static ProviderHttpException ErrorStatus(string provider, int status, string? reasonPhrase, string detail, TimeSpan? retryAfter)
    {
        string reason = string.IsNullOrEmpty(reasonPhrase) ? string.Empty : $" {reasonPhrase}";
        string message = detail.Length == 0
            ? $"{provider} が HTTP {status}{reason} を返しました。"
            : $"{provider} が HTTP {status}{reason} を返しました: {detail}";
        return new ProviderHttpException(message, status, retryAfter);
    }

    /// <summary>The wait a Retry-After header asks for, as seconds or as a date; a date in the past is no wait.</summary>
    public static TimeSpan? RetryAfterFrom(System.Net.Http.Headers.RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: TimeSpan delta } => delta,
        { Date: DateTimeOffset date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}
