namespace GaiEval.Tests.Adapters.OpenAi;

using GaiEval.Core.Plans;
using GaiEval.Providers.Adapters.OpenAi;
using GaiEval.Providers.Middleware;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI;

/// <summary>Profiles pointing at a <see cref="FakeOpenAiServer"/>, a fake key in a fake environment, and the pipelines built on them.</summary>
internal static class OpenAiTestKit
{
    public const string Key = "sk-test-0123456789abcdefghijklmnop";
    public const string KeyVariable = "GAIEVAL_TEST_OPENAI_KEY";

    public static ProviderProfile OpenAi(FakeOpenAiServer server, ProviderLimits? limits = null) => new()
    {
        Id = "cloud-test",
        Name = "クラウド（テスト）",
        Method = DeploymentMethod.Cloud,
        Adapter = AdapterNames.OpenAi,
        Endpoint = server.V1Endpoint.ToString(),
        Model = "gpt-4o-mini",
        ApiKeyEnv = KeyVariable,
        Limits = limits ?? new ProviderLimits(),
    };

    public static ProviderProfile Azure(FakeOpenAiServer server, string? apiVersion = "2024-06-01") => new()
    {
        Id = "azure-test",
        Name = "Azure（テスト）",
        Method = DeploymentMethod.Cloud,
        Adapter = AdapterNames.AzureOpenAi,
        Endpoint = server.BaseAddress.ToString(),
        Model = "gpt4o-ward",
        ApiVersion = apiVersion,
        ApiKeyEnv = KeyVariable,
    };

    public static string? Environment(string name) => name == KeyVariable ? Key : null;

    public static IChatClient Adapter(ProviderProfile profile) => OpenAiAdapter.Create(profile, Environment);

    /// <summary>The adapter under the resilience and measurement middleware, in the order the factory builds them.</summary>
    public static IChatClient Pipeline(ProviderProfile profile, TimeProvider? time = null) =>
        Adapter(profile).AsBuilder().UseResilience(profile.Limits, time).UseMeasurement("o200k_base").Build();

    /// <summary>The messages of an exception and of all its inner exceptions, and its ToString.</summary>
    public static IEnumerable<string> Texts(Exception exception)
    {
        yield return exception.ToString();
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            yield return e.Message;
        }
    }

    public static async Task<List<ChatResponseUpdate>> StreamAsync(IChatClient client, string question, CancellationToken cancellationToken = default)
    {
        List<ChatResponseUpdate> updates = [];
        await foreach (var update in client.GetStreamingResponseAsync(question, cancellationToken: cancellationToken))
        {
            updates.Add(update);
        }

        return updates;
    }

    /// <summary>The fault of a kind that needs no arguments.</summary>
    public static FakeOpenAiFault Fault(FakeOpenAiFaultKind kind) => kind switch
    {
        FakeOpenAiFaultKind.InvalidJson => FakeOpenAiFault.InvalidJson(),
        FakeOpenAiFaultKind.NoChoices => FakeOpenAiFault.NoChoices(),
        FakeOpenAiFaultKind.StreamCut => FakeOpenAiFault.StreamCut(),
        FakeOpenAiFaultKind.StreamReset => FakeOpenAiFault.StreamReset(),
        FakeOpenAiFaultKind.ConnectionReset => FakeOpenAiFault.ConnectionReset(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
