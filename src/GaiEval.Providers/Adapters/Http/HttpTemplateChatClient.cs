namespace GaiEval.Providers.Adapters.Http;

using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using GaiEval.Core.Plans;
using Microsoft.Extensions.AI;

/// <summary>
/// The generic <c>http</c> adapter: one request per call, built from a body template, and the answer and token counts
/// read from the JSON reply. Failures: <see cref="ProviderHttpException"/> for error statuses (with Retry-After) and,
/// without status, for lost connections and replies that are not JSON; <see cref="InvalidDataException"/> for a JSON
/// reply without a string at the answer path (see <see cref="ReplyReader"/>).
/// </summary>
/// <remarks>Streaming is not offered by such APIs: the streaming call yields the whole answer as one update.</remarks>
internal sealed class HttpTemplateChatClient : IChatClient
{
    internal const string ProviderLabel = "HTTP API";

    private readonly HttpClient http;
    private readonly HttpMethod method;
    private readonly IReadOnlyList<KeyValuePair<string, string>> headers;
    private readonly IReadOnlyList<string> secrets;
    private readonly BodyTemplate body;
    private readonly ReplyReader reader;
    private readonly ChatClientMetadata metadata;

    public HttpTemplateChatClient(
        Uri endpoint,
        HttpMethod method,
        IReadOnlyList<KeyValuePair<string, string>> headers,
        IReadOnlyList<string> secrets,
        BodyTemplate body,
        ReplyReader reader,
        string? model)
    {
        http = ProviderHttpErrorHandler.CreateClient(ProviderLabel, secrets, endpoint);
        this.method = method;
        this.headers = headers;
        this.secrets = secrets;
        this.body = body;
        this.reader = reader;
        metadata = new ChatClientMetadata(AdapterNames.Http, endpoint, model);
    }

    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var parts = PromptParts.From(messages, options);
        using var request = CreateRequest(parts);
        string reply;
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            reply = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException { StatusCode: null } or IOException)
        {
            throw ProviderHttpFailures.NoResponse(ProviderLabel, e);
        }

        var (answer, usage) = reader.Read(reply, secrets);
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, answer))
        {
            ModelId = options?.ModelId ?? metadata.DefaultModelId,
            FinishReason = ChatFinishReason.Stop,
            Usage = usage,
        };
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose() => http.Dispose();

    private HttpRequestMessage CreateRequest(PromptParts parts)
    {
        var request = new HttpRequestMessage(method, (Uri?)null)
        {
            Content = new StringContent(body.Render(parts), Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                HttpContentHeaders contentHeaders = request.Content.Headers;
                contentHeaders.Remove(name);
                contentHeaders.TryAddWithoutValidation(name, value);
            }
        }

        return request;
    }
}
