namespace GaiEval.Tests.Cli;

using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Scoring;
using GaiEval.Storage;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>
/// A model stuck in a loop answers 200,000 × あ through a loopback OpenAI-compatible server: the real <c>run</c> command
/// completes, stores and reports the answer whole, and the scores read from its beginning carry the cut's warning.
/// </summary>
public sealed class LongAnswerRunTests : IAsyncLifetime
{
    private const string KeyVariable = "GAIEVAL_TEST_LONG_ANSWER_KEY";

    private static readonly string Loop = new('あ', 200_000);

    private readonly TempFolder folder = new();
    private FakeOpenAiServer server = null!;

    public async Task InitializeAsync()
    {
        server = await FakeOpenAiServer.StartAsync();
        server.Answer = _ => Loop;
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_looping_answer_of_two_hundred_thousand_characters_is_stored_whole_and_scored_from_its_beginning_with_a_warning()
    {
        string plan = MiniScenario.Write(folder, 1, $"""
              - id: cloud
                method: cloud
                adapter: openai
                endpoint: {server.V1Endpoint}
                model: gpt-test
                api_key_env: {KeyVariable}
                limits: {"{"} retries: 0 {"}"}
            """);
        string db = folder.File("results.db");

        using CliProcess run = await CliProcess.RunAsync(
            folder.Path, new Dictionary<string, string> { [KeyVariable] = "test-key" }, "run", plan, "--db", db, "--out", folder.File("out"));

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(db);
        string runId = Assert.Single(await store.ListRunsAsync()).RunId;
        var responses = new List<ResponseRecord>();
        await foreach (ResponseRecord response in store.ReadResponsesAsync(runId))
        {
            responses.Add(response);
        }

        Assert.Equal(Loop, Assert.Single(responses).Text);
        Assert.Contains(Loop, File.ReadAllText(Path.Combine(folder.File("out"), runId, "results.csv")), StringComparison.Ordinal);

        var scores = new Dictionary<string, ScoreRecord>(StringComparer.Ordinal);
        await foreach (ScoreRecord score in store.ReadScoresAsync(runId))
        {
            scores[score.Metric] = score;
        }

        string cut = AnswerCut.Of(Loop).Message;
        Assert.Equal("応答が長すぎるため、採点では全 200,000 文字のうち先頭 20,000 文字で打ち切りました（上限 20,000 文字）。保存された応答は全文のままです。", cut);
        foreach (string metric in new[] { MetricNames.Correct, MetricNames.Behaviour, MetricNames.BehaviourMatches, MetricNames.UnsupportedFacts })
        {
            Assert.Contains(scores[metric].Diagnostics ?? [], d => d.Severity == EvaluationDiagnosticSeverity.Warning && d.Message == cut);
        }

        // The answer misses 8時30分: wrong, whatever lies beyond the cut.
        Assert.Equal(0, scores[MetricNames.Correct].Value);
    }
}
