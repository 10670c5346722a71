namespace GaiEval.Providers.Adapters.Http;

using System.Net.Http.Headers;
using System.Text.Json;

/// <summary>Turns HTTP failures into <see cref="ProviderHttpException"/> with a Japanese message.</summary>
internal static class ProviderHttpFailures
{
    private const int MaxDetailLength = 300;

    /// <summary>No response came: the connection was refused, reset or cut while the reply was being read.</summary>
    public static ProviderHttpException NoResponse(string provider, Exception exception) =>
        ProviderHttpException.NoResponse(provider, exception.Message, exception);

    /// <summary>A response with an error status; the detail is the body's error message, with secrets blanked out.</summary>
    public static async Task<ProviderHttpException> FromResponseAsync(
        string provider, HttpResponseMessage response, IReadOnlyCollection<string> secrets, TimeProvider time, CancellationToken cancellationToken)
    {
        int status = (int)response.StatusCode;
        string detail = Redact(await ReadDetailAsync(response, cancellationToken).ConfigureAwait(false), secrets);
        return ProviderHttpException.ErrorStatus(
            provider, status, response.ReasonPhrase, detail, ProviderHttpException.RetryAfterFrom(response.Headers.RetryAfter, time.GetUtcNow()));
    }

    public static string Redact(string text, IReadOnlyCollection<string> secrets) =>
        secrets.Where(secret => secret.Length > 0).Aggregate(text, (current, secret) => current.Replace(secret, "***", StringComparison.Ordinal));

    private static async Task<string> ReadDetailAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string body;
        try
        {
            body = (await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)).Trim();
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            return string.Empty;
        }

        string detail = ErrorMessageIn(body) ?? body;
        return detail.Length <= MaxDetailLength ? detail : detail[..MaxDetailLength] + "…";
    }

    /// <summary>The message of the common error shapes: <c>{"error": "…"}</c>, <c>{"error": {"message": "…"}}</c>, <c>{"message": "…"}</c>.</summary>
    private static string? ErrorMessageIn(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("error", out var error))
            {
                if (error.ValueKind == JsonValueKind.String)
                {
                    return error.GetString();
                }

                if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var nested) && nested.ValueKind == JsonValueKind.String)
                {
                    return nested.GetString();
                }
            }

            return root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String ? message.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
