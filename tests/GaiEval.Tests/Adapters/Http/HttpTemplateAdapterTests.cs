namespace GaiEval.Tests.Adapters.Http;

using System.Diagnostics;
using System.Text.Json.Nodes;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Running;
using GaiEval.Providers;
using GaiEval.Providers.Adapters.Http;
using GaiEval.Providers.Middleware;
using GaiEval.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;

public sealed class HttpTemplateAdapterTests : IAsyncLifetime
{
    private const string FakeKey = "sk-test-0123456789abcdefghijklmnop";
    private const string SystemPrompt = "あなたはみどり区の職員です。";

    private static readonly Dictionary<string, string?> Environment = new(StringComparer.Ordinal)
    {
        ["PLATFORM_KEY"] = FakeKey,
        ["PLATFORM_TENANT"] = "midori",
    };

    private FakePlatformServer server = null!;

    public async Task InitializeAsync()
    {
        server = await FakePlatformServer.StartAsync();
        server.RequiredApiKey = FakeKey;
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Answers_with_the_text_at_the_answer_path_and_the_token_counts_as_served()
    {
        using var client = Create(Profile(server.AskEndpoint));

        var response = await client.GetResponseAsync(Prompt("児童手当の申請期限は？"), Options());

        Assert.Equal(server.Answer, response.Text);
        Assert.Equal((120L, 35L, 155L), (response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount, response.Usage?.TotalTokenCount));
        Assert.Equal("platform-model", response.ModelId);
    }

    [Fact]
    public async Task Sends_the_question_and_the_system_prompt_where_the_template_places_them()
    {
        using var client = Create(Profile(server.AskEndpoint));

        await client.GetResponseAsync(Prompt("児童手当の申請期限は？"), Options());

        var received = Assert.Single(server.Received);
        Assert.Equal(("POST", "/api/v1/ask"), (received.Method, received.PathAndQuery));
        Assert.StartsWith("application/json", received.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal(new PlatformQuestion("児童手当の申請期限は？", SystemPrompt), Assert.Single(server.Asked));
    }

    [Fact]
    public async Task Splits_the_runner_prompt_into_question_and_context_and_keeps_it_whole_as_prompt()
    {
        var template = Template() with
        {
            Body = """{"query": "{{question}}", "system": "{{system_prompt}}", "context": "{{context}}", "prompt": "{{prompt}}"}""",
        };
        using var client = Create(Profile(server.AskEndpoint, template));
        var messages = ItemPrompt.Build(Item("次の議事録を要約してください。", "第1回 子育て支援会議\n出席者: 5名"), SystemPrompt);

        await client.GetResponseAsync(messages, Options());

        var body = JsonNode.Parse(Assert.Single(server.Received).Body)!;
        Assert.Equal("次の議事録を要約してください。", body["query"]!.GetValue<string>());
        Assert.Equal("第1回 子育て支援会議\n出席者: 5名", body["context"]!.GetValue<string>());
        Assert.Equal(messages[^1].Text, body["prompt"]!.GetValue<string>());
        Assert.Equal(SystemPrompt, body["system"]!.GetValue<string>());
    }

    [Fact]
    public async Task Escapes_quotes_backslashes_newlines_and_keeps_Japanese_as_it_is()
    {
        const string question = "「\"至急\"」と書かれた C:\\申請\\書類 は\n改行\tタブ付きで {{context}} も含みますか？";
        using var client = Create(Profile(server.AskEndpoint));

        var response = await client.GetResponseAsync(Prompt(question), Options());

        Assert.Equal(server.Answer, response.Text);
        Assert.Equal(question, Assert.Single(server.Asked).Query);
        string body = Assert.Single(server.Received).Body;
        Assert.Contains("「\\\"至急\\\"」と書かれた C:\\\\申請\\\\書類 は\\n改行\\tタブ付きで {{context}} も含みますか？", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fills_header_values_from_the_environment_variables_they_name()
    {
        var template = Template() with
        {
            Headers = new Dictionary<string, string> { ["X-Api-Key"] = "${PLATFORM_KEY}", ["X-Tenant"] = "ward-${PLATFORM_TENANT}-01" },
        };
        using var client = Create(Profile(server.AskEndpoint, template));

        await client.GetResponseAsync(Prompt("質問"), Options());

        var received = Assert.Single(server.Received);
        Assert.Equal((FakeKey, "ward-midori-01"), (received.Headers["X-Api-Key"], received.Headers["X-Tenant"]));
    }

    [Fact]
    public void Refuses_a_missing_environment_variable_by_its_name()
    {
        var template = Template() with { Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer ${MIDORI_PLATFORM_TOKEN}" } };

        var error = Assert.Throws<InvalidOperationException>(() => Create(Profile(server.AskEndpoint, template)));

        Assert.Equal("プロバイダー platform-ask のヘッダー Authorization が参照する環境変数 MIDORI_PLATFORM_TOKEN が設定されていません。", error.Message);
    }

    [Theory]
    [InlineData(PlatformFault.TooManyRequests)]
    [InlineData(PlatformFault.InternalError)]
    [InlineData(PlatformFault.InvalidJson)]
    [InlineData(PlatformFault.MissingAnswer)]
    public async Task Keeps_the_key_out_of_every_error_message(PlatformFault fault)
    {
        server.Fault = fault;
        using var client = Create(Profile(server.AskEndpoint));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => client.GetResponseAsync(Prompt("質問"), Options()));

        Assert.Equal(FakeKey, Assert.Single(server.Received).Headers["X-Api-Key"]);
        AssertNoKeyIn(error);
    }

    [Fact]
    public async Task Blanks_the_key_out_of_an_error_body_that_echoes_it()
    {
        await using var echoing = await LoopbackServer.StartAsync(async (context, request) =>
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync($$$"""{"error": {"message": "Incorrect API key provided: {{{request.Headers["X-Api-Key"]}}}"}}""");
        });
        using var client = Create(Profile(new Uri(echoing.BaseAddress, "api/v1/ask")));

        var error = await Assert.ThrowsAsync<ProviderHttpException>(() => client.GetResponseAsync(Prompt("質問"), Options()));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("HTTP API が HTTP 401 Unauthorized を返しました: Incorrect API key provided: ***", error.Message);
        AssertNoKeyIn(error);
    }

    [Fact]
    public async Task Turns_a_429_into_a_provider_error_with_its_Retry_After()
    {
        server.Fault = PlatformFault.TooManyRequests;
        server.RetryAfterSeconds = 3;
        using var client = Create(Profile(server.AskEndpoint));

        var error = await Assert.ThrowsAsync<ProviderHttpException>(() => client.GetResponseAsync(Prompt("質問"), Options()));

        Assert.Equal((429, TimeSpan.FromSeconds(3)), (error.StatusCode, error.RetryAfter));
        Assert.Equal("HTTP API が HTTP 429 Too Many Requests を返しました: rate limit exceeded", error.Message);
    }

    [Fact]
    public async Task Turns_a_500_into_a_provider_error_without_Retry_After()
    {
        server.Fault = PlatformFault.InternalError;
        using var client = Create(Profile(server.AskEndpoint));

        var error = await Assert.ThrowsAsync<ProviderHttpException>(() => client.GetResponseAsync(Prompt("質問"), Options()));

        Assert.Equal((500, (TimeSpan?)null), (error.StatusCode, error.RetryAfter));
        Assert.Contains("internal server error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_a_reply_that_is_not_JSON_as_malformed_naming_the_answer_path()
    {
        server.Fault = PlatformFault.InvalidJson;
        using var client = Create(Profile(server.AskEndpoint));

        var error = await Assert.ThrowsAsync<ProviderHttpException>(() => client.GetResponseAsync(Prompt("質問"), Options()));

        Assert.Null(error.StatusCode);
        Assert.Equal(
            "HTTP API の応答が不正です: JSON ではないため、回答（answer_path「data.answer」）を取り出せません。応答の先頭: <html><body>メンテナンス中です</body></html>",
            error.Message);
    }

    [Fact]
    public async Task Reports_a_reply_without_the_answer_path_naming_how_far_it_was_found()
    {
        server.Fault = PlatformFault.MissingAnswer;
        using var client = Create(Profile(server.AskEndpoint));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => client.GetResponseAsync(Prompt("質問"), Options()));

        Assert.Equal("HTTP API の応答に回答のパス「data.answer」がありません（「data」までは見つかりました）。", error.Message);
    }

    [Fact]
    public async Task Reports_an_answer_that_is_not_a_string()
    {
        await using var numeric = await LoopbackServer.StartAsync(
            (context, _) => context.Response.WriteAsync("""{"data": {"answer": 42}}"""));
        using var client = Create(Profile(new Uri(numeric.BaseAddress, "api/v1/ask")));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => client.GetResponseAsync(Prompt("質問"), Options()));

        Assert.Equal("HTTP API の応答の「data.answer」が文字列ではありません（数値）。", error.Message);
    }

    [Fact]
    public async Task Reads_answers_inside_arrays()
    {
        await using var openAiLike = await LoopbackServer.StartAsync((context, _) => context.Response.WriteAsync(
            """{"choices": [{"message": {"content": "窓口は2階です。"}}], "usage": {"prompt_tokens": 9, "completion_tokens": 4}}"""));
        var template = Template() with
        {
            AnswerPath = "choices[0].message.content",
            InputTokensPath = "$.usage.prompt_tokens",
            OutputTokensPath = "usage.completion_tokens",
        };
        using var client = Create(Profile(new Uri(openAiLike.BaseAddress, "v1/chat"), template));

        var response = await client.GetResponseAsync(Prompt("窓口はどこ？"), Options());

        Assert.Equal("窓口は2階です。", response.Text);
        Assert.Equal((9L, 4L), (response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount));
    }

    [Fact]
    public async Task Leaves_usage_unset_when_no_token_paths_are_configured()
    {
        using var client = Create(Profile(server.AskEndpoint, Template() with { InputTokensPath = null, OutputTokensPath = null }));

        var response = await client.GetResponseAsync(Prompt("質問"), Options());

        Assert.Null(response.Usage);
    }

    [Fact]
    public async Task Sets_only_the_token_count_whose_path_is_found()
    {
        using var client = Create(Profile(server.AskEndpoint, Template() with { InputTokensPath = "usage.prompt" }));

        var response = await client.GetResponseAsync(Prompt("質問"), Options());

        Assert.Equal(((long?)null, 35L), (response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount));
    }

    [Fact]
    public async Task Lets_the_measurement_middleware_estimate_only_what_the_reply_lacks()
    {
        using var reported = Create(Profile(server.AskEndpoint)).AsBuilder().UseMeasurement("o200k_base").Build();
        using var unreported = Create(Profile(server.AskEndpoint, Template() with { InputTokensPath = null, OutputTokensPath = null }))
            .AsBuilder().UseMeasurement("o200k_base").Build();

        var served = await reported.GetResponseAsync(Prompt("質問"), Options());
        var estimated = await unreported.GetResponseAsync(Prompt("質問"), Options());

        Assert.Equal((120L, 35L), (served.Usage?.InputTokenCount, served.Usage?.OutputTokenCount));
        Assert.False(served.AdditionalProperties!.ContainsKey(ResponseProperties.EstimatedWith));
        Assert.Equal("o200k_base", estimated.AdditionalProperties![ResponseProperties.EstimatedWith]);
        Assert.True(estimated.Usage?.OutputTokenCount > 0);
    }

    [Fact]
    public async Task Streams_the_whole_answer_as_one_update()
    {
        using var client = Create(Profile(server.AskEndpoint));

        List<ChatResponseUpdate> updates = [];
        await foreach (var update in client.GetStreamingResponseAsync(Prompt("質問"), Options()))
        {
            updates.Add(update);
        }

        var response = updates.ToChatResponse();
        Assert.Equal(server.Answer, response.Text);
        Assert.Equal(35L, response.Usage?.OutputTokenCount);
        Assert.Single(server.Received);
    }

    [Fact]
    public async Task Reports_a_refused_connection_as_a_provider_error_without_status()
    {
        using var client = Create(Profile(new Uri(UnusedPort.Address(), "api/v1/ask")));

        var error = await Assert.ThrowsAsync<ProviderHttpException>(() => client.GetResponseAsync(Prompt("質問"), Options()));

        Assert.Null(error.StatusCode);
        Assert.StartsWith("HTTP API から応答を受け取れませんでした", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stops_waiting_when_the_caller_cancels()
    {
        server.Delay = TimeSpan.FromSeconds(20);
        using var client = Create(Profile(server.AskEndpoint));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var stopwatch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetResponseAsync(Prompt("質問"), Options(), cancellation.Token));

        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Refuses_a_body_template_with_an_unknown_placeholder()
    {
        var template = Template() with { Body = """{"query": "{{questoin}}"}""" };

        var error = Assert.Throws<InvalidOperationException>(() => Create(Profile(server.AskEndpoint, template)));

        Assert.Contains("{{questoin}}", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("プロバイダー platform-ask: http.body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_body_template_that_is_not_JSON_once_filled()
    {
        var template = Template() with { Body = """{"query": {{question}}}""" };

        var error = Assert.Throws<InvalidOperationException>(() => Create(Profile(server.AskEndpoint, template)));

        Assert.Contains("http.body が JSON として正しくありません", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_malformed_answer_path_naming_it()
    {
        var template = Template() with { AnswerPath = "data..answer" };

        var error = Assert.Throws<InvalidOperationException>(() => Create(Profile(server.AskEndpoint, template)));

        Assert.Contains("http.answer_path のパス「data..answer」を読めません", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_profile_without_a_template()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Create(Profile(server.AskEndpoint) with { Http = null }));

        Assert.Contains("http:", error.Message, StringComparison.Ordinal);
    }

    private static IChatClient Create(ProviderProfile profile) =>
        HttpTemplateAdapter.Create(profile, name => Environment.GetValueOrDefault(name));

    private static void AssertNoKeyIn(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            Assert.DoesNotContain(FakeKey, e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(FakeKey, e.ToString(), StringComparison.Ordinal);
        }
    }

    private static HttpTemplate Template() => new()
    {
        Headers = new Dictionary<string, string> { ["X-Api-Key"] = "${PLATFORM_KEY}" },
        Body = """{"query": "{{question}}", "system": "{{system_prompt}}"}""",
        AnswerPath = "data.answer",
        InputTokensPath = "usage.in",
        OutputTokensPath = "usage.out",
    };

    private static ProviderProfile Profile(Uri endpoint, HttpTemplate? template = null) => new()
    {
        Id = "platform-ask",
        Name = "組織向けプラットフォーム",
        Method = DeploymentMethod.Platform,
        Adapter = AdapterNames.Http,
        Endpoint = endpoint.AbsoluteUri,
        Model = "platform-model",
        SystemPrompt = SystemPrompt,
        Http = template ?? Template(),
    };

    private static ChatOptions Options() => new() { ModelId = "platform-model" };

    private static IReadOnlyList<ChatMessage> Prompt(string question) => ItemPrompt.Build(Item(question, null), SystemPrompt);

    private static GoldItem Item(string question, string? context) => new()
    {
        Id = "q-001",
        Category = "子ども・子育て",
        Use = "対話生成",
        Question = question,
        Context = context,
    };
}
