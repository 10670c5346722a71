namespace GaiEval.Tests.Adapters.OpenAi;

using GaiEval.Core.Running;
using GaiEval.Providers.Adapters.OpenAi;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI;
using static GaiEval.Tests.Adapters.OpenAi.OpenAiTestKit;

public sealed class AzureOpenAiAdapterTests
{
    [Fact]
    public async Task Calls_the_deployment_route_with_the_api_version_and_the_key_as_api_key()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        using var client = Adapter(Azure(server, apiVersion: "2024-06-01"));

        var response = await client.GetResponseAsync("質問");

        Assert.Equal(FakeOpenAiServer.DefaultAnswer, response.Text);
        FakeOpenAiRequest request = Assert.Single(server.Requests);
        Assert.Equal("/openai/deployments/gpt4o-ward/chat/completions?api-version=2024-06-01", request.Raw.PathAndQuery);
        Assert.Equal(("gpt4o-ward", "2024-06-01"), (request.Deployment, request.ApiVersion));
        Assert.Equal(Key, request.Raw.Headers["api-key"]);
        Assert.False(request.Raw.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Uses_the_default_api_version_when_the_profile_names_none()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        using var client = Adapter(Azure(server, apiVersion: null));

        await client.GetResponseAsync("質問");

        Assert.Equal("2024-10-21", Assert.Single(server.Requests).ApiVersion);
    }

    [Fact]
    public async Task Streams_through_the_pipeline_with_the_usage_the_deployment_reports()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Usage = (77, 19);
        using var client = Pipeline(Azure(server));

        var response = await client.GetResponseAsync("質問");

        Assert.Equal((77L, 19L), (response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount));
        Assert.False(response.AdditionalProperties!.ContainsKey(ResponseProperties.EstimatedWith));
        FakeOpenAiRequest request = Assert.Single(server.Requests);
        Assert.True(request.Stream && request.IncludeUsage, request.Raw.Body);
        Assert.Equal("/openai/deployments/gpt4o-ward/chat/completions?api-version=2024-06-01", request.Raw.PathAndQuery);
    }

    [Fact]
    public async Task Refuses_to_start_without_the_key_and_names_the_variable()
    {
        await using var server = await FakeOpenAiServer.StartAsync();

        var error = Assert.Throws<InvalidOperationException>(() => OpenAiAdapter.Create(Azure(server), _ => null));

        Assert.Contains(KeyVariable, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("プロバイダー azure-test:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_profile_without_an_endpoint_or_a_key_variable()
    {
        await using var server = await FakeOpenAiServer.StartAsync();

        var noEndpoint = Assert.Throws<InvalidOperationException>(() => Adapter(Azure(server) with { Endpoint = null }));
        var noKey = Assert.Throws<InvalidOperationException>(() => Adapter(Azure(server) with { ApiKeyEnv = null }));

        Assert.Contains("endpoint", noEndpoint.Message, StringComparison.Ordinal);
        Assert.Contains("api_key_env", noKey.Message, StringComparison.Ordinal);
    }
}
