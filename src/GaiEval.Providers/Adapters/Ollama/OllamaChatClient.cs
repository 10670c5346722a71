namespace GaiEval.Providers.Adapters.Ollama;

using System.Runtime.CompilerServices;
using System.Text.Json;
using GaiEval.Providers.Adapters.Http;
using Microsoft.Extensions.AI;
using OllamaSharp.Models.Chat;

/// <summary>
/// Holds OllamaSharp's client to GaiEval's failure contract: <see cref="ProviderHttpException"/> for error statuses
/// (with Retry-After) and, with no status, for lost connections and malformed replies (not JSON, or cut before the
/// final <c>done</c> chunk, or an error line mid-stream); <see cref="OperationCanceledException"/> when the caller
/// cancels, also where OllamaSharp would just end the stream. Error statuses are turned into exceptions below
/// OllamaSharp, by <see cref="ProviderHttpErrorHandler"/>, which alone sees the Retry-After header.
/// </summary>
/// <remarks>
/// Token counts need no help: OllamaSharp maps the final chunk's <c>prompt_eval_count</c> and <c>eval_count</c> to
/// <see cref="UsageDetails"/> (a <see cref="UsageContent"/> in streams), as the tests check.
/// </remarks>
internal sealed class OllamaChatClient(IChatClient ollama, HttpClient http) : DelegatingChatClient(ollama)
{
    internal const string ProviderLabel = "Ollama";

    private const string OllamaSharpAssembly = "OllamaSharp";

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ChatResponse response;
        try
        {
            response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (Translate(e, cancellationToken) is { } translated)
        {
            throw translated;
        }
        catch (InvalidOperationException e) when (e.Source == OllamaSharpAssembly)
        {
            // OllamaSharp found no chunk with done: true, which is also how a cancelled read ends.
            cancellationToken.ThrowIfCancellationRequested();
            throw CutShort(e);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        bool sawDone = false;
        var updates = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (updates.ConfigureAwait(false))
        {
            while (true)
            {
                try
                {
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (Exception e) when (Translate(e, cancellationToken) is { } translated)
                {
                    throw translated;
                }

                var update = updates.Current;
                if (update.RawRepresentation is ChatResponseStream { Message: null, Done: false })
                {
                    // An {"error": "..."} line: OllamaSharp reads it as a chunk without a message and drops the text.
                    throw Malformed("ストリームの途中でエラーが返されました（内容は Ollama のログで確認してください）。", null);
                }

                sawDone |= update.RawRepresentation is ChatDoneResponseStream;
                yield return update;
            }
        }

        // OllamaSharp ends the stream quietly when the token is cancelled; a cancelled call must not look finished.
        cancellationToken.ThrowIfCancellationRequested();
        if (!sawDone)
        {
            throw CutShort();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            http.Dispose();
        }

        base.Dispose(disposing);
    }

    private static ProviderHttpException CutShort(Exception? inner = null) =>
        Malformed("応答のストリームが最後のチャンク（done: true）の前に切れました。", inner);

    private static ProviderHttpException Malformed(string detail, Exception? inner) =>
        new($"{ProviderLabel} の応答が不正です: {detail}", null, null, inner);

    private static Exception? Translate(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        ProviderHttpException or OperationCanceledException => null,
        _ when cancellationToken.IsCancellationRequested => new OperationCanceledException(
            $"{ProviderLabel} の呼び出しを取り消しました。", exception, cancellationToken),
        HttpRequestException or IOException => ProviderHttpFailures.NoResponse(ProviderLabel, exception),
        JsonException => Malformed($"JSON として解釈できません: {exception.Message}", exception),
        _ => null,
    };
}
