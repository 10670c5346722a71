namespace GaiEval.Providers.Middleware;

using System.Net;
using Polly.Timeout;

/// <summary>Tells which provider failures are worth another attempt.</summary>
internal static class TransientFailures
{
    /// <summary>
    /// Connection failures (no status), 408, 429, 5xx and timeouts are transient; other statuses (400, 401, 403, 404, …)
    /// and cancellation by the caller are not.
    /// </summary>
    /// <remarks>
    /// TODO(OpenAI adapter): System.ClientModel is not referenced by this project, so
    /// <c>System.ClientModel.ClientResultException</c> (thrown by the OpenAI and Azure OpenAI SDKs, status in
    /// <c>Status</c>, 0 for a connection failure) is not classified here. When the adapter brings in that package, add
    /// <c>ClientResultException e => e.Status == 0 || IsTransientStatus(e.Status)</c>.
    /// </remarks>
    public static bool IsTransient(Exception exception) => exception switch
    {
        TimeoutRejectedException => true,
        HttpRequestException { StatusCode: null } => true,
        HttpRequestException { StatusCode: HttpStatusCode status } => IsTransientStatus((int)status),
        _ => IsTimeout(exception),
    };

    /// <summary>Polly's per-attempt timeout, or HttpClient's own timeout (a cancellation caused by a TimeoutException).</summary>
    public static bool IsTimeout(Exception exception) =>
        exception is TimeoutRejectedException or TimeoutException
            or TaskCanceledException { InnerException: TimeoutException };

    public static bool IsTransientStatus(int status) => status is 408 or 429 or >= 500 and <= 599;
}
