namespace GaiEval.Tests.Adapters;

using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Replay;
using GaiEval.Core.Results;
using GaiEval.Core.Running;
using GaiEval.Providers;
using GaiEval.Providers.Adapters.Answers;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI;

/// <summary>The answers adapter replays a file's answers through the same pipeline as a called provider.</summary>
public sealed class AnswersAdapterTests : IDisposable
{
    private const string Lines = """
        {"id": "q001", "answer": "8時30分から受け付けます。", "input_tokens": 120, "output_tokens": 45, "latency_ms": 1234.5}
        {"id": "q002", "answer": "本人確認書類が必要です。"}

        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_answer_to_the_item_being_asked_comes_with_the_files_tokens_and_latency_and_no_measured_time()
    {
        using IChatClient client = Pipeline(folder.Write("answers.jsonl", Lines));

        ChatResponse response = await AskAsync(client, "q001");

        Assert.Equal("8時30分から受け付けます。", response.Text);
        Assert.Equal((120L, 45L), (response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount));
        Assert.Equal(1234.5, response.AdditionalProperties?[ResponseProperties.LatencyMs]);
        Assert.False(response.AdditionalProperties!.ContainsKey(ResponseProperties.TimeToFirstTokenMs));
        Assert.False(response.AdditionalProperties.ContainsKey(ResponseProperties.EstimatedWith));
        Assert.Equal(true, response.AdditionalProperties[ResponseProperties.Replayed]);
    }

    [Fact]
    public async Task Without_tokens_they_are_estimated_and_without_a_latency_none_is_made_up()
    {
        using IChatClient client = Pipeline(folder.Write("answers.jsonl", Lines));

        ChatResponse response = await AskAsync(client, "q002");

        Assert.Equal("本人確認書類が必要です。", response.Text);
        Assert.Equal("o200k_base", response.AdditionalProperties?[ResponseProperties.EstimatedWith]);
        Assert.True(response.Usage?.OutputTokenCount > 0);
        Assert.False(response.AdditionalProperties!.ContainsKey(ResponseProperties.LatencyMs));
    }

    [Fact]
    public async Task An_item_the_file_does_not_answer_fails_the_call_naming_the_file_and_the_item()
    {
        string path = folder.Write("answers.jsonl", Lines);
        using IChatClient client = Pipeline(path);

        var failure = await Assert.ThrowsAsync<ProviderCallException>(() => AskAsync(client, "q003"));

        Assert.Contains("回答ファイル answers.jsonl に項目「q003」の回答がありません", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(folder.Path, failure.Message, StringComparison.Ordinal);
        Assert.Equal(1, failure.Attempts);
    }

    [Fact]
    public async Task Outside_a_run_there_is_no_item_to_answer()
    {
        using var client = new AnswersChatClient(AnswerFileReader.Load(folder.Write("answers.jsonl", Lines)));

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetResponseAsync("8時30分？"));
    }

    [Fact]
    public void Every_fault_of_the_file_is_reported_with_its_line()
    {
        string path = folder.Write("answers.jsonl", """
            {"id": "q001", "answer": "はい"}
            {"id": "q001", "answer": "いいえ"}
            {"id": "q002"}
            {"id": "q003", "answer": "はい", "input_tokens": -1, "output_tokens": 2.5, "latency_ms": -3}
            {"id": "q004", "answr": "はい"}
            {"id": "q005", "answer": "はい"
            [1, 2]

            {"answer": "はい"}
            """);

        var e = Assert.Throws<InputException>(() => AnswerFileReader.Load(path));

        Assert.Equal(
            [
                (2, "id"), (3, "answer"), (4, "input_tokens"), (4, "output_tokens"), (4, "latency_ms"),
                (5, "answr"), (5, "answer"), (6, "json"), (7, "json"), (9, "id"),
            ],
            e.Errors.Select(error => (error.Line, error.Field)));
        Assert.All(e.Errors, error => Assert.Equal(path, error.File));
        Assert.Contains("最初は 1 行目", e.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("（指定値: -1）", e.Errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("「answer」のことですか", e.Errors[5].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_to_an_item_the_run_does_not_have_is_named_with_its_line()
    {
        AnswerFile file = AnswerFileReader.Load(folder.Write("answers.jsonl", Lines));

        InputError error = Assert.Single(file.UnknownIds(["q001", "q003"]));

        Assert.Equal((2, "id"), (error.Line, error.Field));
        Assert.Contains("「q002」", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_changed_since_the_run_pinned_it_is_refused_and_the_same_file_is_replayed()
    {
        string file = folder.Write("answers.jsonl", Lines);
        string pinned = AnswerFileReader.Load(file).ContentHash;
        var factory = new ChatClientFactory(knowledge: null);

        using IChatClient same = factory.Create(Profile(file) with { AnswersHash = pinned });
        folder.Write("answers.jsonl", Lines.Replace("8時30分", "9時00分", StringComparison.Ordinal));
        InputException changed = Assert.Throws<InputException>(() => factory.Create(Profile(file) with { AnswersHash = pinned }));

        Assert.Matches("^[0-9a-f]{64}$", pinned);
        Assert.Contains("回答ファイルが実行開始時から変わっています", changed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void It_cannot_judge()
    {
        Assert.Contains("判定者にできません", ChatClientFactory.WhyNotJudge(Profile(folder.Write("answers.jsonl", Lines))), StringComparison.Ordinal);
    }

    private static IChatClient Pipeline(string answers) => new ChatClientFactory(knowledge: null).Create(Profile(answers));

    private static ProviderProfile Profile(string answers) => new()
    {
        Id = "vendor",
        Name = "事業者の回答",
        Method = DeploymentMethod.WebService,
        Adapter = AdapterNames.Answers,
        Answers = answers,
        Limits = new ProviderLimits { Retries = 2 },
    };

    private static Task<ChatResponse> AskAsync(IChatClient client, string itemId)
    {
        CallContext.Current = new ResponseKey(itemId, "vendor", 1);
        return client.GetResponseAsync("質問");
    }
}
