namespace GaiEval.Providers.Middleware;

using System.Net;
using Polly.Timeout;

/// <summary>Tells which provider failures are worth another attempt, and how long the provider asked us to wait.</summary>
/// <remarks>
/// Adapters translate their client library's failures into <see cref="ProviderHttpException"/>, so no library's own
/// exception types need to be known here.
/// </remarks>
internal static class TransientFailures
{
    /// <summary>The longest wait taken from a server's Retry-After; a longer one is cut to this.</summary>
    public static readonly TimeSpan MaxServerDelay = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Failures with no response (refused or reset connection, a reply cut off or malformed), 408, 429, 5xx and timeouts
    /// are transient; other statuses (400, 401, 403, 404, …) and cancellation by the caller are not.
    /// </summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        TimeoutRejectedException => true,
        ProviderHttpException { StatusCode: null } => true,
        ProviderHttpException { StatusCode: int status } => IsTransientStatus(status),
        HttpRequestException { StatusCode: null } => true,
        HttpRequestException { StatusCode: HttpStatusCode status } => IsTransientStatus((int)status),
        _ => IsTimeout(exception),
    };

    /// <summary>
    /// The wait a 429 or 503 reply asked for with Retry-After, at most <see cref="MaxServerDelay"/>; null when the
    /// failure asked for none (the retry then uses its own backoff).
    /// </summary>
    public static TimeSpan? ServerDelay(Exception? exception) =>
        exception is ProviderHttpException { StatusCode: 429 or 503, RetryAfter: TimeSpan wait }
            ? (wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxServerDelay ? MaxServerDelay : wait)
            : null;

    /// <summary>Polly's per-attempt timeout, or HttpClient's own timeout (a cancellation caused by a TimeoutException).</summary>
    public static bool IsTimeout(Exception exception) =>
        exception is TimeoutRejectedException or TimeoutException
            or TaskCanceledException { InnerException: TimeoutException };

    public static bool IsTransientStatus(int status) => status is 408 or 429 or >= 500 and <= 599;
}
