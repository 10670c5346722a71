namespace GaiEval.Providers.Adapters.OpenAi;

using System.ClientModel.Primitives;

/// <summary>
/// Removes the <c>Authorization</c> header just before a request is sent, for local OpenAI-compatible servers that take
/// no key (the OpenAI client always sets one from its credential).
/// </summary>
internal sealed class NoKeyPolicy : PipelinePolicy
{
    /// <summary>The credential given to the OpenAI client, which requires one; it is never sent.</summary>
    public const string Placeholder = "no-key";

    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        message.Request.Headers.Remove("Authorization");
        ProcessNext(message, pipeline, currentIndex);
    }

    public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        message.Request.Headers.Remove("Authorization");
        return ProcessNextAsync(message, pipeline, currentIndex);
    }
}
