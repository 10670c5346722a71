namespace GaiEval.Providers.Adapters.OpenAi;

using System.ClientModel;
using System.ClientModel.Primitives;
using GaiEval.Core.Plans;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;

/// <summary>
/// Creates the chat client of an <c>openai</c> profile (any OpenAI-compatible endpoint: OpenAI, vLLM, llama.cpp server,
/// LM Studio, Ollama's /v1, LiteLLM) or an <c>azure-openai</c> profile, through Microsoft.Extensions.AI.OpenAI.
/// </summary>
/// <remarks>
/// <para><c>openai</c>: the endpoint is the API base (<c>https://api.openai.com/v1</c> when not given, or e.g.
/// <c>http://localhost:8000/v1</c>); the key, when the profile names a variable, is sent as <c>Authorization: Bearer</c>;
/// a local server without keys needs no <c>api_key_env</c>.</para>
/// <para><c>azure-openai</c>: the endpoint is the resource (<c>https://NAME.openai.azure.com</c>), the model is the
/// deployment name, <see cref="ProviderProfile.ApiVersion"/> the api-version (<see cref="AzureOpenAiRoute.DefaultApiVersion"/>
/// when not given); the key is required and sent as <c>api-key</c>. This uses the OpenAI client on the Azure route rather
/// than Azure.AI.OpenAI, whose builds are tied to older OpenAI library versions than the one this package brings.</para>
/// <para>The library's own retries, logging and network timeout are off (the resilience middleware retries and times out); its failures
/// become <see cref="ProviderHttpException"/> and malformed replies are errors (see <see cref="OpenAiFailureTranslatingChatClient"/>).
/// Streams ask for usage (<c>stream_options.include_usage</c>), so token counts are reported, not estimated.</para>
/// </remarks>
public static class OpenAiAdapter
{
    private static readonly HttpClient SharedHttp = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <param name="profile">A profile whose adapter is <c>openai</c> or <c>azure-openai</c>.</param>
    /// <param name="environment">Reads an environment variable; <see cref="Environment.GetEnvironmentVariable(string)"/> in production.</param>
    /// <exception cref="InvalidOperationException">
    /// The model (deployment) or, for Azure, the endpoint is missing, the endpoint is not an http(s) URL, or the key
    /// variable is not set (the message names the variable, never a value).
    /// </exception>
    public static IChatClient Create(ProviderProfile profile, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(environment);
        string model = string.IsNullOrWhiteSpace(profile.Model)
            ? throw Problem(profile, profile.Adapter == AdapterNames.AzureOpenAi ? "model（デプロイ名）が必要です。" : "model が必要です。")
            : profile.Model;
        return profile.Adapter switch
        {
            AdapterNames.OpenAi => CreateOpenAi(profile, model, environment),
            AdapterNames.AzureOpenAi => CreateAzure(profile, model, environment),
            _ => throw new ArgumentException($"OpenAiAdapter は openai と azure-openai だけを扱います（{profile.Adapter}）。", nameof(profile)),
        };
    }

    private static IChatClient CreateOpenAi(ProviderProfile profile, string model, Func<string, string?> environment)
    {
        string? key = profile.ApiKeyEnv is null ? null : ReadKey(profile, environment);
        OpenAIClientOptions options = Options(profile.Endpoint is null ? null : Endpoint(profile));
        if (key is null)
        {
            options.AddPolicy(new NoKeyPolicy(), PipelinePosition.BeforeTransport);
        }

        return Wrap(profile, new ChatClient(model, new ApiKeyCredential(key ?? NoKeyPolicy.Placeholder), options), key);
    }

    private static IChatClient CreateAzure(ProviderProfile profile, string deployment, Func<string, string?> environment)
    {
        if (profile.Endpoint is null)
        {
            throw Problem(profile, "adapter azure-openai には endpoint（https://リソース名.openai.azure.com）が必要です。");
        }

        if (profile.ApiKeyEnv is null)
        {
            throw Problem(profile, "adapter azure-openai には api_key_env（APIキーを入れた環境変数の名前）が必要です。");
        }

        string key = ReadKey(profile, environment);
        string apiVersion = string.IsNullOrWhiteSpace(profile.ApiVersion) ? AzureOpenAiRoute.DefaultApiVersion : profile.ApiVersion;
        OpenAIClientOptions options = Options(AzureOpenAiRoute.DeploymentUri(Endpoint(profile), deployment));
        options.AddPolicy(new AzureOpenAiRequestPolicy(apiVersion, key), PipelinePosition.BeforeTransport);
        return Wrap(profile, new ChatClient(deployment, new ApiKeyCredential(key), options), key);
    }

    private static OpenAIClientOptions Options(Uri? endpoint)
    {
        var options = new OpenAIClientOptions
        {
            RetryPolicy = SingleTryPolicy.Instance,
            ClientLoggingOptions = new ClientLoggingOptions { EnableLogging = false },
            NetworkTimeout = Timeout.InfiniteTimeSpan,
            Transport = new HttpClientPipelineTransport(SharedHttp),
        };
        if (endpoint is not null)
        {
            options.Endpoint = endpoint;
        }

        return options;
    }

    private static IChatClient Wrap(ProviderProfile profile, ChatClient client, string? key) =>
        new OpenAiFailureTranslatingChatClient(client.AsIChatClient(), profile.Id, key);

    private static string ReadKey(ProviderProfile profile, Func<string, string?> environment)
    {
        string variable = profile.ApiKeyEnv!;
        string? key = environment(variable);
        return string.IsNullOrWhiteSpace(key)
            ? throw Problem(profile, $"APIキーの環境変数 {variable} が設定されていません。")
            : key.Trim();
    }

    private static Uri Endpoint(ProviderProfile profile) =>
        Uri.TryCreate(profile.Endpoint, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw Problem(profile, $"endpoint は http:// か https:// で始まる URL にしてください（{profile.Endpoint}）。");

    private static InvalidOperationException Problem(ProviderProfile profile, string message) =>
        new($"プロバイダー {profile.Id}: {message}");
}
