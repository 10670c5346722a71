namespace GaiEval.Tests.Adapters.OpenAi;

using GaiEval.Providers;
using GaiEval.Providers.Adapters.OpenAi;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI;
using static GaiEval.Tests.Adapters.OpenAi.OpenAiTestKit;

public sealed class OpenAiAdapterTests
{
    [Fact]
    public async Task Answers_a_plain_request_with_the_servers_text_model_and_usage()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Usage = (123, 45);
        using var client = Adapter(OpenAi(server));

        var response = await client.GetResponseAsync("住民票の写しはどこで取得できますか？");

        Assert.Equal(FakeOpenAiServer.DefaultAnswer, response.Text);
        Assert.Equal("gpt-4o-mini", response.ModelId);
        Assert.Equal((123L, 45L, 168L), (response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount, response.Usage?.TotalTokenCount));
        FakeOpenAiRequest request = Assert.Single(server.Requests);
        Assert.Equal(("/v1/chat/completions", false), (request.Raw.PathAndQuery, request.Stream));
    }

    [Fact]
    public async Task Streams_the_answer_in_chunks_and_asks_for_usage_so_the_last_update_carries_it()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Usage = (321, 54);
        server.StreamChunks = 4;
        using var client = Adapter(OpenAi(server));

        var updates = await StreamAsync(client, "質問");

        Assert.True(updates.Count(u => !string.IsNullOrEmpty(u.Text)) >= 4, $"{updates.Count} updates");
        var response = updates.ToChatResponse();
        Assert.Equal(FakeOpenAiServer.DefaultAnswer, response.Text);
        Assert.Equal((321L, 54L), (response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount));
        FakeOpenAiRequest request = Assert.Single(server.Requests);
        Assert.True(request.Stream && request.IncludeUsage, request.Raw.Body);
    }

    [Fact]
    public async Task Sends_the_model_system_prompt_temperature_and_output_limit_it_is_given()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        using var client = Adapter(OpenAi(server));
        ChatMessage[] messages = [new(ChatRole.System, "あなたはみどり区の職員です。"), new(ChatRole.User, "粗大ごみの出し方は？")];

        await client.GetResponseAsync(messages, new ChatOptions { ModelId = "gpt-4.1-nano", Temperature = 0.2f, MaxOutputTokens = 300 });

        FakeOpenAiRequest request = Assert.Single(server.Requests);
        Assert.Equal("gpt-4.1-nano", request.Model);
        Assert.Equal("あなたはみどり区の職員です。", request.SystemPrompt);
        Assert.Equal("粗大ごみの出し方は？", request.UserText);
        Assert.Equal(0.2, request.Temperature!.Value, precision: 5);
        Assert.Equal(300, request.MaxTokens);
    }

    [Fact]
    public async Task Sends_the_key_from_the_named_variable_as_a_bearer_token()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        using var client = Adapter(OpenAi(server));

        await client.GetResponseAsync("質問");

        ReceivedRequest received = Assert.Single(server.Received);
        Assert.Equal($"Bearer {Key}", received.Headers["Authorization"]);
        Assert.False(received.Headers.ContainsKey("api-key"));
    }

    [Fact]
    public async Task Sends_no_authorization_to_a_local_server_when_the_profile_names_no_key_variable()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        using var client = OpenAiAdapter.Create(OpenAi(server) with { ApiKeyEnv = null }, _ => throw new InvalidOperationException("read"));

        var response = await client.GetResponseAsync("質問");

        Assert.Equal(FakeOpenAiServer.DefaultAnswer, response.Text);
        Assert.False(Assert.Single(server.Received).Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Refuses_to_start_when_the_key_variable_is_not_set_and_names_the_variable()
    {
        await using var server = await FakeOpenAiServer.StartAsync();

        var error = Assert.Throws<InvalidOperationException>(
            () => OpenAiAdapter.Create(OpenAi(server) with { ApiKeyEnv = "GAIEVAL_TEST_UNSET_KEY" }, _ => null));

        Assert.Contains("GAIEVAL_TEST_UNSET_KEY", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("プロバイダー cloud-test:", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.RequestCount);
    }

    [Theory]
    [InlineData(null, "model")]
    [InlineData("ftp://example.org/v1", "endpoint")]
    public async Task Refuses_a_profile_without_a_model_or_with_an_endpoint_that_is_not_http(string? endpoint, string named)
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var profile = endpoint is null ? OpenAi(server) with { Model = null } : OpenAi(server) with { Endpoint = endpoint };

        var error = Assert.Throws<InvalidOperationException>(() => Adapter(profile));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_each_question_with_the_oracle_text_even_inside_a_longer_prompt()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = FakeOpenAiServer.AnswerByQuestion(new Dictionary<string, string>
        {
            ["住民票の写しはどこで取得できますか？"] = "区役所1階の窓口です。",
            ["粗大ごみの出し方は？"] = "粗大ごみ受付センターに申し込みます。",
        });
        using var client = Adapter(OpenAi(server));

        var first = await client.GetResponseAsync("【資料】…\n\n質問: 粗大ごみの出し方は？");
        var second = await StreamAsync(client, "住民票の写しはどこで取得できますか？");
        var third = await client.GetResponseAsync("ほかの質問");

        Assert.Equal("粗大ごみ受付センターに申し込みます。", first.Text);
        Assert.Equal("区役所1階の窓口です。", second.ToChatResponse().Text);
        Assert.Equal("わかりません。", third.Text);
    }

    [Fact]
    public async Task Reports_an_error_status_with_the_servers_message_and_its_retry_after_in_milliseconds()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Faults = _ => FakeOpenAiFault.TooManyRequests(TimeSpan.FromSeconds(9), retryAfterMs: TimeSpan.FromMilliseconds(1500));
        using var client = Adapter(OpenAi(server));

        var error = await Assert.ThrowsAsync<ProviderHttpException>(() => client.GetResponseAsync("質問"));

        Assert.Equal((429, TimeSpan.FromMilliseconds(1500)), (error.StatusCode, error.RetryAfter));
        Assert.Equal("cloud-test が HTTP 429 Too Many Requests を返しました: Rate limit reached for requests", error.Message);
    }

    [Fact]
    public async Task Reads_a_retry_after_given_as_an_http_date()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Faults = _ => FakeOpenAiFault.TooManyRequests(TimeSpan.FromSeconds(30), asHttpDate: true);
        using var client = Adapter(OpenAi(server));

        var error = await Assert.ThrowsAsync<ProviderHttpException>(() => StreamAsync(client, "質問"));

        // The date has whole seconds, so the wait is between 28 and 30 s depending on when in the second it was sent.
        Assert.InRange(error.RetryAfter!.Value, TimeSpan.FromSeconds(28), TimeSpan.FromSeconds(30.5));
    }

    [Theory]
    [InlineData(FakeOpenAiFaultKind.InvalidJson, "JSON")]
    [InlineData(FakeOpenAiFaultKind.NoChoices, "choices")]
    public async Task Turns_a_malformed_plain_reply_into_an_error_without_a_status(FakeOpenAiFaultKind kind, string named)
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Faults = _ => Fault(kind);
        using var client = Adapter(OpenAi(server));

        var error = await Assert.ThrowsAsync<ProviderHttpException>(() => client.GetResponseAsync("質問"));

        Assert.Null(error.StatusCode);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("cloud-test の応答が不正です", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FakeOpenAiFaultKind.InvalidJson, "JSON")]
    [InlineData(FakeOpenAiFaultKind.NoChoices, "choices")]
    [InlineData(FakeOpenAiFaultKind.StreamCut, "切れました")]
    [InlineData(FakeOpenAiFaultKind.StreamReset, "接続が切れました")]
    [InlineData(FakeOpenAiFaultKind.ConnectionReset, "接続が切れました")]
    public async Task Turns_a_broken_stream_into_an_error_without_a_status(FakeOpenAiFaultKind kind, string named)
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Faults = _ => Fault(kind);
        using var client = Adapter(OpenAi(server));

        var error = await Assert.ThrowsAsync<ProviderHttpException>(() => StreamAsync(client, "質問"));

        Assert.Null(error.StatusCode);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Blanks_the_key_out_of_an_error_whose_body_repeats_it()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Faults = _ => FakeOpenAiFault.UnauthorizedEchoingKey();
        using var client = Adapter(OpenAi(server));

        var error = await Assert.ThrowsAsync<ProviderHttpException>(() => client.GetResponseAsync("質問"));

        Assert.Equal(401, error.StatusCode);
        Assert.Contains("Incorrect API key provided: ***", error.Message, StringComparison.Ordinal);
        Assert.All(Texts(error), text => Assert.DoesNotContain(Key, text, StringComparison.Ordinal));
    }
}
