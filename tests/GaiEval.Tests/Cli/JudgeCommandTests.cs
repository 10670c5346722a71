namespace GaiEval.Tests.Cli;

using GaiEval.Core.Analysis;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Storage;
using GaiEval.Tests.Support;

/// <summary>Judges through the real commands: gaieval run with a plan judge, gaieval score --judge, and the judge's refusals.</summary>
public sealed class JudgeCommandTests : IAsyncLifetime
{
    private const string KeyVariable = "GAIEVAL_TEST_JUDGE_KEY";

    private readonly TempFolder folder = new();
    private FakeOpenAiServer judge = null!;

    private string Db => folder.File("gaieval.db");

    private static Dictionary<string, string> WithKey => new() { [KeyVariable] = "sk-test-judge-0123456789" };

    public async Task InitializeAsync()
    {
        judge = await FakeOpenAiServer.StartAsync();
        judge.Answer = FakeJudge.Scoring(equivalence: 4);
    }

    public async Task DisposeAsync()
    {
        await judge.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Run_scores_with_the_plans_judge_when_its_key_is_set_and_never_stores_the_key()
    {
        string plan = WritePlan();

        using CliProcess run = await CliProcess.RunAsync(folder.Path, WithKey, "run", plan, "--db", Db);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("判定者 judge で採点します", run.Output, StringComparison.Ordinal);
        RunResults results = await LoadOnlyRunAsync();
        Assert.All(results.Responses, r => Assert.Equal(4, results.Score(r.Key, MetricNames.JudgeEquivalence)?.Value));
        Assert.True(judge.RequestCount >= results.Responses.Count);
        Assert.All(Directory.GetFiles(folder.Path, "gaieval.db*"), file =>
            Assert.DoesNotContain("sk-test-judge", File.ReadAllText(file), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Score_with_a_judge_adds_its_scores_and_a_second_time_calls_it_no_more()
    {
        string runId = await RunWithoutKeyAsync();
        Assert.Equal(0, judge.RequestCount);

        using CliProcess first = await CliProcess.RunAsync(folder.Path, WithKey, "score", runId, "--db", Db, "--judge", "judge");
        int calls = judge.RequestCount;
        using CliProcess second = await CliProcess.RunAsync(folder.Path, WithKey, "score", runId, "--db", Db, "--judge", "judge");

        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        Assert.True(second.ExitCode == 0, second.Output + second.Error);
        Assert.True(calls > 0);
        Assert.Equal(calls, judge.RequestCount);
        RunResults results = await LoadOnlyRunAsync();
        Assert.All(results.Responses, r => Assert.Equal("judge", results.Score(r.Key, MetricNames.JudgeRelevance)?.Metadata?[ScoringJudge.ProviderKey]));
    }

    [Fact]
    public async Task Judging_killed_midway_and_started_again_asks_the_judge_nothing_it_had_answered()
    {
        string runId = await RunWithoutKeyAsync(items: 8, distinctQuestions: true);
        judge.Latency = TimeSpan.FromMilliseconds(250);

        using (CliProcess first = CliProcess.Start(folder.Path, WithKey, "score", runId, "--db", Db, "--judge", "judge"))
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (judge.RequestCount < 6 && !first.HasExited)
            {
                await Task.Delay(20, deadline.Token);
            }

            Assert.False(first.HasExited, "judging ended before it could be killed: " + first.Output + first.Error);
            first.Kill();
            await first.WaitAsync(TimeSpan.FromSeconds(30));
        }

        int beforeKill = judge.RequestCount;
        using CliProcess second = await CliProcess.RunAsync(folder.Path, WithKey, "score", runId, "--db", Db, "--judge", "judge");

        Assert.True(second.ExitCode == 0, second.Output + second.Error);
        int distinctPrompts = judge.Requests.Select(r => r.UserText).Distinct(StringComparer.Ordinal).Count();
        Assert.True(beforeKill < distinctPrompts, $"killed after {beforeKill} of {distinctPrompts} judge calls");
        Assert.True(
            judge.RequestCount - distinctPrompts <= 2,
            $"{judge.RequestCount} calls for {distinctPrompts} prompts: only the 2 calls in flight at the kill may be repeated");
        RunResults results = await LoadOnlyRunAsync();
        Assert.All(results.Responses, r => Assert.NotNull(results.Score(r.Key, MetricNames.JudgeRelevance)?.Value));
    }

    [Fact]
    public async Task Score_with_a_rag_provider_as_the_judge_judges_without_searching()
    {
        // The plan's own RAG provider (a model that searches the knowledge) is named as the judge: it judges with the
        // passages the answers were given, and needs no knowledge loaded to be checked.
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base") + $"""
              - id: rag-cloud
                name: クラウド（RAG）
                method: cloud
                adapter: openai
                endpoint: {judge.V1Endpoint}
                model: rag-model
                api_key_env: {KeyVariable}
                rag: {"{"} chunking: headings, top_k: 1 {"}"}
                limits: {"{"} concurrency: 2, retries: 1 {"}"}
                clearance: internal
            """);
        using CliProcess run = await CliProcess.RunAsync(folder.Path, WithKey, "run", plan, "--db", Db);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        string runId = (await LoadOnlyRunAsync()).Run.RunId;
        int callsByRun = judge.RequestCount;

        using CliProcess score = await CliProcess.RunAsync(folder.Path, WithKey, "score", runId, "--db", Db, "--judge", "rag-cloud");

        Assert.True(score.ExitCode == 0, score.Output + score.Error);
        Assert.DoesNotContain("読み込まれていません", score.Output + score.Error, StringComparison.Ordinal);
        Assert.True(judge.RequestCount > callsByRun);
        RunResults results = await LoadOnlyRunAsync();
        Assert.All(results.Responses, r => Assert.Equal("rag-cloud", results.Score(r.Key, MetricNames.JudgeRelevance)?.Metadata?[ScoringJudge.ProviderKey]));
    }

    [Theory]
    [InlineData("nobody", "judge, base")]
    [InlineData("base", "言語モデルではない")]
    public async Task Score_refuses_a_judge_that_is_not_a_model_of_the_plan(string judgeId, string message)
    {
        string runId = await RunWithoutKeyAsync();

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, WithKey, "score", runId, "--db", Db, "--judge", judgeId);

        Assert.Equal(2, cli.ExitCode);
        Assert.Contains(message, cli.Error, StringComparison.Ordinal);
        Assert.Equal(0, judge.RequestCount);
    }

    [Fact]
    public async Task Score_refuses_a_judge_whose_key_is_missing_and_writes_no_judge_score()
    {
        string runId = await RunWithoutKeyAsync();

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "score", runId, "--db", Db, "--judge", "judge");

        Assert.Equal(2, cli.ExitCode);
        Assert.Contains(KeyVariable, cli.Error, StringComparison.Ordinal);
        RunResults results = await LoadOnlyRunAsync();
        Assert.All(results.Responses, r => Assert.Null(results.Score(r.Key, MetricNames.JudgeEquivalence)));
    }

    private async Task<string> RunWithoutKeyAsync(int items = 3, bool distinctQuestions = false)
    {
        string plan = WritePlan(items);
        if (distinctQuestions)
        {
            string[] lines = File.ReadAllLines(folder.File("items.jsonl"));
            File.WriteAllLines(folder.File("items.jsonl"), lines.Select((line, i) => line.Replace("\"question\":\"", $"\"question\":\"（問{i + 1}）", StringComparison.Ordinal)));
        }

        using CliProcess run = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", Db);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("判定者 judge は使えないため", run.Output, StringComparison.Ordinal);
        return (await LoadOnlyRunAsync()).Run.RunId;
    }

    private async Task<RunResults> LoadOnlyRunAsync()
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(Db);
        RunInfo run = Assert.Single(await store.ListRunsAsync());
        return await RunResults.LoadAsync(store, run.RunId);
    }

    private string WritePlan(int items = 3) => MiniScenario.Write(folder, items, MiniScenario.RetrievalProvider("base") + $"""
        judges:
          - id: judge
            method: cloud
            adapter: openai
            endpoint: {judge.V1Endpoint}
            model: judge-model
            api_key_env: {KeyVariable}
            limits: {"{"} concurrency: 2, retries: 1 {"}"}
            clearance: internal
        """);
}
