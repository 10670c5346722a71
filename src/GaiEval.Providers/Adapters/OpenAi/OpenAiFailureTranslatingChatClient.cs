namespace GaiEval.Providers.Adapters.OpenAi;

using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

/// <summary>
/// Wraps the Microsoft.Extensions.AI OpenAI client: its failures become <see cref="ProviderHttpException"/> (see
/// <see cref="OpenAiFailures"/>), and a reply without a finish reason (no choices, or a stream that ended before its last
/// chunk) is an error rather than a short answer.
/// </summary>
internal sealed class OpenAiFailureTranslatingChatClient : DelegatingChatClient
{
    private readonly OpenAiFailures failures;

    /// <param name="innerClient">The OpenAI chat client.</param>
    /// <param name="provider">The provider's id, for messages.</param>
    /// <param name="key">The key sent, blanked out of every message; null when none is sent.</param>
    /// <param name="time">The clock that turns a Retry-After date into a wait.</param>
    public OpenAiFailureTranslatingChatClient(IChatClient innerClient, string provider, string? key, TimeProvider? time = null)
        : base(innerClient)
    {
        failures = new OpenAiFailures(provider, key, time ?? TimeProvider.System);
    }

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ChatResponse response;
        try
        {
            response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (failures.Translate(e) is { } translated)
        {
            throw translated;
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw failures.NoChoices(e); // the library reads the first choice of a reply that has none
        }

        return response.FinishReason is null ? throw failures.NoChoices() : response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        bool finished = false;
        bool sawText = false;
        await using var updates = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await updates.MoveNextAsync().ConfigureAwait(false))
                {
                    break;
                }
            }
            catch (Exception e) when (failures.Translate(e) is { } translated)
            {
                throw translated;
            }

            finished |= updates.Current.FinishReason is not null;
            sawText |= !string.IsNullOrEmpty(updates.Current.Text);
            yield return updates.Current;
        }

        if (!finished)
        {
            throw sawText ? failures.StreamCut() : failures.NoChoices();
        }
    }
}
