namespace GaiEval.Providers.Adapters.OpenAi;

/// <summary>The chat completions route of an Azure OpenAI deployment: <c>{resource}/openai/deployments/{deployment}/chat/completions</c>.</summary>
internal static class AzureOpenAiRoute
{
    /// <summary>The GA api-version used when a profile names none; it supports <c>stream_options.include_usage</c>.</summary>
    public const string DefaultApiVersion = "2024-10-21";

    /// <summary>The base the OpenAI client appends <c>/chat/completions</c> to.</summary>
    public static Uri DeploymentUri(Uri resource, string deployment) =>
        new($"{resource.GetLeftPart(UriPartial.Path).TrimEnd('/')}/openai/deployments/{Uri.EscapeDataString(deployment)}");
}
