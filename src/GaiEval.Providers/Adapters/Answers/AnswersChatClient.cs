namespace GaiEval.Providers.Adapters.Answers;

using System.Runtime.CompilerServices;
using GaiEval.Core.Plans;
using GaiEval.Core.Replay;
using GaiEval.Core.Results;
using GaiEval.Core.Running;
using Microsoft.Extensions.AI;

/// <summary>
/// The <c>answers</c> adapter: replays the answer the file gives for the item being asked (<see cref="CallContext.Current"/>),
/// with the file's token counts as Usage (tokens it does not give are left to the token-estimating layer) and its latency
/// as <see cref="ResponseProperties.LatencyMs"/>, marked <see cref="ResponseProperties.Replayed"/> so that no latency is
/// measured in its place. An item the file does not answer fails the call; no answer is ever made up. No network.
/// </summary>
public sealed class AnswersChatClient : IChatClient
{
    private readonly AnswerFile file;

    public AnswersChatClient(AnswerFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        this.file = file;
    }

    public Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        cancellationToken.ThrowIfCancellationRequested();
        ReplayedAnswer answer = Find();
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer.Answer))
        {
            FinishReason = ChatFinishReason.Stop,
            Usage = Usage(answer),
            AdditionalProperties = Properties(answer),
        });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ChatResponse response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        List<AIContent> contents = [new TextContent(response.Text)];
        if (response.Usage is { } usage)
        {
            contents.Add(new UsageContent(usage));
        }

        yield return new ChatResponseUpdate(ChatRole.Assistant, contents)
        {
            FinishReason = response.FinishReason,
            AdditionalProperties = response.AdditionalProperties,
        };
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(ChatClientMetadata))
        {
            return new ChatClientMetadata(AdapterNames.Answers, new Uri(file.Path));
        }

        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    public void Dispose()
    {
    }

    private ReplayedAnswer Find()
    {
        ResponseKey key = CallContext.Current
            ?? throw new InvalidOperationException($"回答ファイル {Path.GetFileName(file.Path)} の回答は、評価の実行中（項目を送る呼び出し）にだけ返せます。");
        return file.Answers.TryGetValue(key.ItemId, out ReplayedAnswer? answer)
            ? answer
            : throw new InvalidOperationException($"回答ファイル {Path.GetFileName(file.Path)} に項目「{key.ItemId}」の回答がありません（回答のない項目は回答を作らず、失敗として記録します）。");
    }

    private static UsageDetails? Usage(ReplayedAnswer answer) =>
        answer.InputTokens is null && answer.OutputTokens is null
            ? null
            : new UsageDetails
            {
                InputTokenCount = answer.InputTokens,
                OutputTokenCount = answer.OutputTokens,
                TotalTokenCount = answer.InputTokens + answer.OutputTokens,
            };

    private static AdditionalPropertiesDictionary Properties(ReplayedAnswer answer)
    {
        var properties = new AdditionalPropertiesDictionary { [ResponseProperties.Replayed] = true };
        if (answer.LatencyMs is { } latency)
        {
            properties[ResponseProperties.LatencyMs] = latency;
        }

        return properties;
    }
}
