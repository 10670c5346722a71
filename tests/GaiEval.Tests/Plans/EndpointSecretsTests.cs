namespace GaiEval.Tests.Plans;

using System.Text.Json;
using GaiEval.Tests.Support;
using GaiEval.Core.Inputs;
using GaiEval.Core.Plans;

/// <summary>Secrets written into an endpoint URL are a plan error that names the line and field and never repeats the value.</summary>
public sealed class EndpointSecretsTests : IDisposable
{
    private readonly PlanFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Rejects_user_info_and_a_key_in_the_query_of_an_endpoint_without_echoing_them()
    {
        InputError error = folder.SingleError(Endpoint("http://gaieval-user:Pa55w0rd-Secret@llm.example.lg.jp/v1?key=abc123xyz"), 8, "providers[0].endpoint", "api_key_env");

        Assert.Contains("ユーザー名・パスワード", error.Message, StringComparison.Ordinal);
        Assert.Contains("key=", error.Message, StringComparison.Ordinal);
        Assert.Contains("http.headers に ${環境変数名}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("gaieval-user", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Pa55w0rd-Secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("abc123xyz", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("key")]
    [InlineData("api_key")]
    [InlineData("apikey")]
    [InlineData("API-KEY")]
    [InlineData("token")]
    [InlineData("access_token")]
    [InlineData("sig")]
    [InlineData("Signature")]
    [InlineData("secret")]
    [InlineData("client_secret")]
    [InlineData("password")]
    [InlineData("code")]
    [InlineData("subscription-key")]
    [InlineData("X-Goog-Api-Key")]
    public void Rejects_a_key_like_query_parameter_whatever_its_case(string name)
    {
        InputError error = folder.SingleError(Endpoint($"https://llm.example.lg.jp/v1/chat?api-version=2024-10-21&{name}=s3cr3tValue"), 8, "providers[0].endpoint", $"{name}=");

        Assert.DoesNotContain("s3cr3tValue", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_user_info_in_a_judges_endpoint()
    {
        string yaml = PlanFolder.Minimal + """
            judges:
              - id: judge-cloud
                method: cloud
                adapter: openai
                endpoint: https://judge:hunter2@api.example.com/v1
                model: gpt-4o-mini

            """;

        InputError error = folder.SingleError(yaml, 12, "judges[0].endpoint", "ユーザー名・パスワード");

        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://shiomino-poc.openai.azure.com")]
    [InlineData("http://127.0.0.1:8000/v1")]
    [InlineData("https://llm.example.lg.jp/v1/chat?api-version=2024-10-21&deployment=gpt-4o-mini")]
    [InlineData("https://ai.example.lg.jp/api/v1/ask?monkey=1&tokenizer=o200k")]
    public void Accepts_an_endpoint_without_secrets(string endpoint)
    {
        EvalPlan plan = folder.Load(Endpoint(endpoint));

        Assert.Equal(endpoint, plan.Providers[0].Endpoint);
    }

    [Fact]
    public void The_snapshot_of_a_plan_built_in_code_masks_endpoint_secrets_and_keeps_header_references_as_written()
    {
        EvalPlan loaded = folder.Load(PlanFolder.Minimal.Replace("adapter: manual", """
            adapter: http
                endpoint: https://ai.example.lg.jp/ask
                http:
                  headers: { Authorization: "Bearer ${PLATFORM_API_KEY}" }
                  body: '{"q": "{{question}}"}'
                  answer_path: answer
            """, StringComparison.Ordinal));
        EvalPlan plan = loaded with
        {
            Judges = [loaded.Providers[0] with { Id = "judge", Endpoint = "https://judge:hunter2@api.example.com/v1?api_key=abc123xyz&api-version=1" }],
        };

        string json = PlanSnapshot.ToJson(plan);

        Assert.DoesNotContain("hunter2", json, StringComparison.Ordinal);
        Assert.DoesNotContain("abc123xyz", json, StringComparison.Ordinal);
        EvalPlan back = PlanSnapshot.FromJson(json);
        Assert.Equal("https://***@api.example.com/v1?api_key=***&api-version=1", back.Judges[0].Endpoint);
        Assert.Equal("https://ai.example.lg.jp/ask", back.Providers[0].Endpoint);
        Assert.Equal("Bearer ${PLATFORM_API_KEY}", back.Providers[0].Http!.Headers["Authorization"]);
        Assert.Equal(JsonSerializer.Serialize(loaded, ReflectionJson.Indented), PlanSnapshot.ToJson(loaded));
    }

    /// <summary>The minimal plan with an openai provider whose endpoint is on line 8.</summary>
    private static string Endpoint(string endpoint) =>
        PlanFolder.Minimal.Replace("adapter: manual", $"adapter: openai\n    endpoint: {endpoint}\n    model: m", StringComparison.Ordinal);
}
