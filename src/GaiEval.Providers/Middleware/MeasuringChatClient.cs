namespace GaiEval.Providers.Middleware;

using System.Diagnostics;
using GaiEval.Core.Running;
using GaiEval.Providers.Tokens;
using Microsoft.Extensions.AI;

/// <summary>
/// Measures each <see cref="GetResponseAsync"/> call: latency to the last update, time to the first token, and token
/// usage, estimated with a named tokenizer where the provider reports none. The call is made through the inner client's
/// streaming method, so the time to first token is real for every adapter that streams.
/// </summary>
/// <remarks>
/// Results go to <see cref="ChatResponse.AdditionalProperties"/> under <see cref="ResponseProperties.LatencyMs"/>,
/// <see cref="ResponseProperties.TimeToFirstTokenMs"/> and, when anything was estimated,
/// <see cref="ResponseProperties.EstimatedWith"/>. Reported token counts are never overwritten.
/// The time to first token is taken at the first update that carries text (a leading role-only chunk is not a token);
/// when no update carries text, at the first update. Streaming calls pass through unmeasured. A response replayed from
/// an answers file (<see cref="ResponseProperties.Replayed"/>) keeps the latency the file gives and gets none measured.
/// </remarks>
public sealed class MeasuringChatClient : DelegatingChatClient
{
    private readonly TokenEstimator estimator;

    public MeasuringChatClient(IChatClient innerClient, TokenEstimator estimator)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(estimator);
        this.estimator = estimator;
    }

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        IReadOnlyList<ChatMessage> request = messages as IReadOnlyList<ChatMessage> ?? [.. messages];

        List<ChatResponseUpdate> updates = [];
        double? firstUpdateMs = null;
        double? firstTextMs = null;
        var stopwatch = Stopwatch.StartNew();
        await foreach (var update in base.GetStreamingResponseAsync(request, options, cancellationToken).ConfigureAwait(false))
        {
            firstUpdateMs ??= stopwatch.Elapsed.TotalMilliseconds;
            if (firstTextMs is null && !string.IsNullOrEmpty(update.Text))
            {
                firstTextMs = stopwatch.Elapsed.TotalMilliseconds;
            }

            updates.Add(update);
        }

        double latencyMs = stopwatch.Elapsed.TotalMilliseconds;

        // ToChatResponse carries the updates' AdditionalProperties over (checked by the tests), so adapters' own
        // properties such as retrieved ids survive.
        var response = updates.ToChatResponse();
        var properties = response.AdditionalProperties ??= [];
        bool replayed = properties.TryGetValue(ResponseProperties.Replayed, out object? flag) && flag is true;
        if (!replayed)
        {
            properties[ResponseProperties.LatencyMs] = latencyMs;
        }

        if (!replayed && (firstTextMs ?? firstUpdateMs) is double timeToFirstTokenMs)
        {
            properties[ResponseProperties.TimeToFirstTokenMs] = timeToFirstTokenMs;
        }

        if (FillMissingUsage(response, request, options))
        {
            properties[ResponseProperties.EstimatedWith] = estimator.Name;
        }

        return response;
    }

    private bool FillMissingUsage(ChatResponse response, IReadOnlyList<ChatMessage> request, ChatOptions? options)
    {
        var usage = response.Usage ?? new UsageDetails();
        if (usage.InputTokenCount is not null && usage.OutputTokenCount is not null)
        {
            return false;
        }

        usage.InputTokenCount ??= estimator.CountTokens(request) + estimator.CountTokens(options?.Instructions);
        usage.OutputTokenCount ??= estimator.CountTokens(response.Text);
        usage.TotalTokenCount ??= usage.InputTokenCount + usage.OutputTokenCount;
        response.Usage = usage;
        return true;
    }
}
