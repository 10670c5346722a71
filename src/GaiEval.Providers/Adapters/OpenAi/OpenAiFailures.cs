namespace GaiEval.Providers.Adapters.OpenAi;

using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

/// <summary>
/// Turns the OpenAI library's failures into <see cref="ProviderHttpException"/> with a Japanese message: an error status
/// (with the server's Retry-After), no response (refused or reset connection, a reply cut while read), or a reply that
/// is not valid JSON. The key is blanked out of every message.
/// </summary>
/// <remarks>
/// For an error status the library's own exception is not kept as the inner exception: its message repeats the
/// response body unredacted (some gateways echo the key). A malformed reply carries no status, as no usable response came.
/// </remarks>
internal sealed class OpenAiFailures(string provider, string? key, TimeProvider time)
{
    private const int MaxDetailLength = 300;

    /// <summary>The translated failure, or null for one that is not the provider's (cancellation, programming errors).</summary>
    public ProviderHttpException? Translate(Exception exception) => exception switch
    {
        OperationCanceledException or ProviderHttpException => null,
        ClientResultException { Status: 0 } e => NoResponse(e.InnerException ?? e),
        ClientResultException e => FromStatus(e),
        HttpRequestException or IOException => NoResponse(exception),
        JsonException or FormatException => Malformed($"JSON として解釈できません: {Redact(exception.Message)}", exception),
        _ => null,
    };

    public ProviderHttpException NoChoices(Exception? inner = null) => Malformed("回答がありません（choices が空です）。", inner);

    public ProviderHttpException StreamCut() => Malformed("応答のストリームが終わりの前に切れました（finish_reason が届いていません）。", null);

    private ProviderHttpException Malformed(string detail, Exception? inner) =>
        new($"{provider} の応答が不正です: {detail}", null, null, inner);

    private ProviderHttpException NoResponse(Exception exception) =>
        ProviderHttpException.NoResponse(provider, Redact(exception.GetBaseException().Message), exception);

    private ProviderHttpException FromStatus(ClientResultException exception)
    {
        PipelineResponse? response = exception.GetRawResponse();
        string detail = Redact(response is null ? string.Empty : Detail(response));
        TimeSpan? retryAfter = response is null ? null : RetryAfter(response.Headers, time.GetUtcNow());
        return ProviderHttpException.ErrorStatus(provider, exception.Status, response?.ReasonPhrase, detail, retryAfter);
    }

    /// <summary>
    /// The wait the server asked for: <c>retry-after-ms</c> (milliseconds, sent by OpenAI and Azure) when present, else
    /// <c>Retry-After</c> as seconds or as an HTTP date (a date in the past is no wait).
    /// </summary>
    internal static TimeSpan? RetryAfter(PipelineResponseHeaders headers, DateTimeOffset now)
    {
        if (headers.TryGetValue("retry-after-ms", out string? ms)
            && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out double milliseconds) && milliseconds >= 0)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        return headers.TryGetValue("Retry-After", out string? value) && RetryConditionHeaderValue.TryParse(value, out var retryAfter)
            ? ProviderHttpException.RetryAfterFrom(retryAfter, now)
            : null;
    }

    private string Redact(string text) =>
        string.IsNullOrEmpty(key) ? text : text.Replace(key, "***", StringComparison.Ordinal);

    private static string Detail(PipelineResponse response)
    {
        string body;
        try
        {
            body = response.Content.ToString().Trim();
        }
        catch (InvalidOperationException)
        {
            return string.Empty; // the body of a streamed reply was not buffered
        }

        string detail = ErrorMessageIn(body) ?? body;
        return detail.Length <= MaxDetailLength ? detail : detail[..MaxDetailLength] + "…";
    }

    /// <summary>The message of OpenAI's <c>{"error": {"message": "…"}}</c> and the shapes of common gateways.</summary>
    private static string? ErrorMessageIn(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("error", out JsonElement error))
            {
                if (error.ValueKind == JsonValueKind.String)
                {
                    return error.GetString();
                }

                if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out JsonElement nested) && nested.ValueKind == JsonValueKind.String)
                {
                    return nested.GetString();
                }
            }

            return root.TryGetProperty("message", out JsonElement message) && message.ValueKind == JsonValueKind.String ? message.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
