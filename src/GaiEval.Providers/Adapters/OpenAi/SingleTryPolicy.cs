namespace GaiEval.Providers.Adapters.OpenAi;

using System.ClientModel.Primitives;

/// <summary>
/// The OpenAI client's retry step made a single try: the request goes on once and whatever the transport throws passes
/// through unchanged. <c>ClientRetryPolicy(maxRetries: 0)</c> does the same with a retry loop, timers and logging around
/// every call; the resilience middleware does the retrying.
/// </summary>
internal sealed class SingleTryPolicy : PipelinePolicy
{
    public static SingleTryPolicy Instance { get; } = new();

    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex) =>
        ProcessNext(message, pipeline, currentIndex);

    public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex) =>
        ProcessNextAsync(message, pipeline, currentIndex);
}
