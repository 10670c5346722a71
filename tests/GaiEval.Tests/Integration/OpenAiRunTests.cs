namespace GaiEval.Tests.Integration;

using System.Diagnostics;
using GaiEval.Core.Analysis;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Running;
using GaiEval.Core.Scoring;
using GaiEval.Storage;
using GaiEval.Tests.Support;

/// <summary>Whole runs through a real OpenAI-compatible server on 127.0.0.1: the pipeline, the store and the scorers together.</summary>
public sealed class OpenAiRunTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private FakeOpenAiServer server = null!;

    public async Task InitializeAsync() => server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_server_answering_every_question_correctly_scores_every_answerable_item_correct_with_tokens_as_served()
    {
        TestSet set = ProviderRun.SampleSet();
        server.Answer = FakeOpenAiServer.AnswerByQuestion(set.Items.Where(i => i.Reference is not null)
            .ToDictionary(i => ItemPrompt.Build(i, systemPrompt: null)[^1].Text, i => i.Reference!));
        server.Usage = (321, 45);
        ProviderProfile rag = ProviderRun.OpenAi(server.V1Endpoint) with { Rag = RetrievalSettings.RagDefaults with { TopK = 2 } };
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.File("oracle.db"));

        RunResults results = await ProviderRun.RunAsync(store, ProviderRun.Plan(set, cache: false, rag), set, ProviderRun.SampleKnowledge());

        var answerable = set.Items.Where(i => i.Expect == Expectation.Answer && i.HasRule).ToList();
        List<string> wrong = [.. answerable
            .Where(i => results.Score(new ResponseKey(i.Id, "cloud", 1), MetricNames.Correct)?.Value != 1)
            .Select(i => $"{i.Id}: {results.Score(new ResponseKey(i.Id, "cloud", 1), MetricNames.Correct)?.Reason}")];
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.All(results.Responses, r =>
        {
            Assert.Equal(ResponseStatus.Ok, r.Status);
            Assert.Equal((321L, 45L, TokenSource.Reported), (r.InputTokens!.Value, r.OutputTokens!.Value, r.TokenSource));
        });
        Assert.Equal(set.Items.Count, server.RequestCount);
        Assert.All(server.Requests, r => Assert.Contains("参考資料", r.SystemPrompt, StringComparison.Ordinal));
        int retrieved = results.Responses.Count(r => r.RetrievedIds.Count > 0);
        Assert.True(retrieved > set.Items.Count / 2, $"most RAG calls retrieve chunks, but {retrieved} of {set.Items.Count} did");
    }

    [Fact]
    public async Task Items_above_the_providers_clearance_never_reach_the_server()
    {
        TestSet set = ProviderRun.SampleSet();
        ProviderProfile web = ProviderRun.OpenAi(server.V1Endpoint, "web") with { Method = DeploymentMethod.WebService, Clearance = Sensitivity.Public };
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.File("clearance.db"));

        RunResults results = await ProviderRun.RunAsync(store, ProviderRun.Plan(set, cache: false, web), set, knowledge: null);

        List<GoldItem> secret = [.. set.Items.Where(i => i.Sensitivity > Sensitivity.Public)];
        Assert.NotEmpty(secret);
        Assert.Equal(set.Items.Count - secret.Count, server.RequestCount);
        Assert.DoesNotContain(server.Requests, r => secret.Any(i => r.UserText.Contains(i.Question, StringComparison.Ordinal)));
        Assert.Equal(secret.Count, results.Responses.Count(r => r.Status == ResponseStatus.Withheld));
    }

    [Fact]
    public async Task A_cached_rerun_sends_nothing_and_its_latency_is_not_counted()
    {
        TestSet set = MiniSet(5);
        EvalPlan plan = ProviderRun.Plan(set, cache: true, ProviderRun.OpenAi(server.V1Endpoint));
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.File("cache.db"));
        await ProviderRun.RunAsync(store, plan, set, knowledge: null);
        Assert.Equal(5, server.RequestCount);

        RunResults rerun = await ProviderRun.RunAsync(store, plan, set, knowledge: null);

        Assert.Equal(5, server.RequestCount);
        Assert.All(rerun.Responses, r => Assert.True(r.Cached && r.Attempts == 0 && r.Status == ResponseStatus.Ok));
        Assert.Null(RunSummaryBuilder.Build(rerun).Providers[0].LatencyP50Ms);
    }

    [Fact]
    public async Task The_rate_limiter_keeps_requests_within_the_rpm_over_real_http()
    {
        TestSet set = MiniSet(11);
        ProviderProfile limited = ProviderRun.OpenAi(server.V1Endpoint) with { Limits = new ProviderLimits { Concurrency = 8, Rpm = 600 } };
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.File("rpm.db"));
        var stopwatch = Stopwatch.StartNew();

        await ProviderRun.RunAsync(store, ProviderRun.Plan(set, cache: false, limited), set, knowledge: null);

        // 600 per minute is one every 100 ms: 11 requests need at least 10 intervals.
        Assert.Equal(11, server.RequestCount);
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(900), $"11 requests at 600 rpm took only {stopwatch.Elapsed.TotalMilliseconds:0} ms");
    }

    private static TestSet MiniSet(int count) => new("mini.jsonl", "hash", [.. Enumerable.Range(1, count).Select(i => new GoldItem
    {
        Id = $"m{i}",
        Category = "住民票・戸籍",
        Use = ItemUses.Dialogue,
        Question = $"質問{i}: 住民票の写しはどこで取れますか。",
        MustInclude = [["窓口"]],
        HumanMinutes = 5,
        ReviewMinutes = 1,
    })]);
}
