namespace GaiEval.Providers.Adapters.OpenAi;

using System.ClientModel.Primitives;

/// <summary>
/// Turns an OpenAI request into an Azure OpenAI one just before it is sent: adds the <c>api-version</c> query parameter
/// and sends the key as <c>api-key</c> in place of the <c>Authorization: Bearer</c> header the OpenAI client set.
/// </summary>
internal sealed class AzureOpenAiRequestPolicy(string apiVersion, string key) : PipelinePolicy
{
    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        Rewrite(message.Request);
        ProcessNext(message, pipeline, currentIndex);
    }

    public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        Rewrite(message.Request);
        return ProcessNextAsync(message, pipeline, currentIndex);
    }

    private void Rewrite(PipelineRequest request)
    {
        Uri uri = request.Uri ?? throw new InvalidOperationException("The request has no URI.");
        var builder = new UriBuilder(uri);
        string parameter = $"api-version={Uri.EscapeDataString(apiVersion)}";
        builder.Query = string.IsNullOrEmpty(builder.Query) ? parameter : $"{builder.Query.TrimStart('?')}&{parameter}";
        request.Uri = builder.Uri;
        request.Headers.Remove("Authorization");
        request.Headers.Set("api-key", key);
    }
}
