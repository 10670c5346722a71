namespace GaiEval.Tests.Middleware;

using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

/// <summary>
/// A chat client whose behaviour the test supplies as callbacks. Without a streaming callback, streaming is derived
/// from the non-streaming one, as an adapter that cannot stream does it.
/// </summary>
internal sealed class FakeChatClient : IChatClient
{
    public Func<IEnumerable<ChatMessage>, ChatOptions?, CancellationToken, Task<ChatResponse>>? GetResponseAsyncCallback { get; init; }

    public Func<IEnumerable<ChatMessage>, ChatOptions?, CancellationToken, IAsyncEnumerable<ChatResponseUpdate>>? GetStreamingResponseAsyncCallback { get; init; }

    public int ResponseCalls { get; private set; }

    public int StreamingCalls { get; private set; }

    public static FakeChatClient Answering(string text) =>
        new() { GetResponseAsyncCallback = (_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text))) };

    public Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ResponseCalls++;
        var callback = GetResponseAsyncCallback ?? throw new InvalidOperationException("No GetResponseAsync callback.");
        return callback(messages, options, cancellationToken);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        StreamingCalls++;
        return GetStreamingResponseAsyncCallback is { } callback
            ? callback(messages, options, cancellationToken)
            : FromResponseAsync(messages, options, cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    private async IAsyncEnumerable<ChatResponseUpdate> FromResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var callback = GetResponseAsyncCallback ?? throw new InvalidOperationException("No GetResponseAsync callback.");
        var response = await callback(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }
}
