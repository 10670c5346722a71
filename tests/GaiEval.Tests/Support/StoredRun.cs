namespace GaiEval.Tests.Support;

using GaiEval.Core.Analysis;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Storage;

/// <summary>Builds a stored run by hand in a real SQLite file: items, responses with chosen outcomes, and their scores.</summary>
public sealed class StoredRun : IAsyncDisposable
{
    public const string RunId = "20261127-090000-abcd";

    private readonly List<ResponseRecord> responses = [];
    private readonly List<ScoreRecord> scores = [];
    private readonly DateTimeOffset started = new(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(9));

    private StoredRun(SqliteResultStore store, IReadOnlyList<GoldItem> items, EvalPlan plan)
    {
        Store = store;
        Items = items;
        Plan = plan;
    }

    public SqliteResultStore Store { get; }

    public IReadOnlyList<GoldItem> Items { get; }

    public EvalPlan Plan { get; }

    public static Task<StoredRun> CreateAsync(TempFolder folder, IReadOnlyList<GoldItem> items, params ProviderProfile[] providers) =>
        CreateAsync(folder, items, repeats: 1, providers);

    public static Task<StoredRun> CreateAsync(TempFolder folder, IReadOnlyList<GoldItem> items, int repeats, params ProviderProfile[] providers) =>
        CreateAsync(folder, items, PlanOf(providers) with { Repeats = repeats });

    /// <summary>A run of <paramref name="plan"/> (shape it from <see cref="PlanOf"/>: judges, economics), stored as its snapshot.</summary>
    public static async Task<StoredRun> CreateAsync(TempFolder folder, IReadOnlyList<GoldItem> items, EvalPlan plan)
    {
        SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.File("stored.db"));
        await store.CreateRunAsync(RunInfoFor(plan, items.Count, plan.Repeats), items);
        return new StoredRun(store, items, plan);
    }

    public static EvalPlan PlanOf(params ProviderProfile[] providers) =>
        new() { Name = "手作りの実行", PlanFile = "plan.yaml", TestSet = "items.jsonl", Providers = providers };

    /// <summary>The run record of a hand-made run of <paramref name="plan"/>, its criteria fixed as the plan has them.</summary>
    public static RunInfo RunInfoFor(EvalPlan plan, int itemCount, int repeats = 1, string runId = RunId) => new()
    {
        RunId = runId,
        PlanName = plan.Name,
        PlanFile = plan.PlanFile,
        PlanJson = PlanSnapshot.ToJson(plan),
        TestSetPath = plan.TestSet,
        TestSetHash = new string('a', 64),
        ItemCount = itemCount,
        Repeats = repeats,
        ToolVersion = "test",
        CriteriaJson = PlanSnapshot.CriteriaJson(plan),
        CriteriaHash = PlanSnapshot.CriteriaHash(plan),
        StartedAt = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(9)),
    };

    public static ProviderProfile Provider(string id) =>
        new() { Id = id, Name = $"{id} の表示名", Method = DeploymentMethod.Cloud, Adapter = "openai", Clearance = Sensitivity.Internal };

    public static GoldItem Item(string id, Expectation expect = Expectation.Answer, bool hasRule = true) => new()
    {
        Id = id,
        Category = "住民票・戸籍",
        Use = ItemUses.Dialogue,
        Question = $"{id} の質問",
        Reference = "1通300円です。",
        MustInclude = hasRule && expect == Expectation.Answer ? [["300円"]] : [],
        Expect = expect,
        HumanMinutes = 6,
        ReviewMinutes = 1,
    };

    /// <summary>Adds an answered call and its scores: correct (or none), behaviour match and char-F1.</summary>
    public StoredRun Answer(string itemId, string providerId, string text, bool? correct, double latencyMs, double charF1 = 0.5, bool behaviourMatches = true)
    {
        responses.Add(Response(itemId, providerId, ResponseStatus.Ok) with
        {
            Text = text,
            Attempts = 1,
            LatencyMs = latencyMs,
            InputTokens = 40,
            OutputTokens = 20,
            TokenSource = TokenSource.Estimated,
            Tokenizer = "o200k_base",
        });
        if (correct is { } c)
        {
            scores.Add(Score(itemId, providerId, MetricNames.Correct, c ? 1 : 0));
        }

        scores.Add(Score(itemId, providerId, MetricNames.BehaviourMatches, behaviourMatches ? 1 : 0));
        scores.Add(Score(itemId, providerId, MetricNames.CharF1, charF1));
        return this;
    }

    public StoredRun Fail(string itemId, string providerId, ResponseStatus status, string error)
    {
        responses.Add(Response(itemId, providerId, status) with { Error = error, Attempts = 3 });
        return this;
    }

    /// <summary>A call of any status and repeat with its identity and times filled in; shape it with <c>with</c> and pass it to <see cref="Add"/>.</summary>
    public ResponseRecord Call(string itemId, string providerId, ResponseStatus status, int repeat = 1) =>
        Response(itemId, providerId, status) with { Repeat = repeat };

    /// <summary>Adds a call exactly as given, and the given metric values as its scores.</summary>
    public StoredRun Add(ResponseRecord response, params (string Metric, double Value)[] metricValues)
    {
        responses.Add(response);
        scores.AddRange(metricValues.Select(m => Score(response.ItemId, response.ProviderId, m.Metric, m.Value) with { Repeat = response.Repeat }));
        return this;
    }

    public async Task<RunResults> SaveAsync()
    {
        foreach (ResponseRecord response in responses)
        {
            await Store.AddResponseAsync(response);
        }

        await Store.ReplaceScoresAsync(RunId, [.. scores.Select(s => s.Evaluator).Distinct()], scores);
        return await RunResults.LoadAsync(Store, RunId);
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();

    private ResponseRecord Response(string itemId, string providerId, ResponseStatus status) => new()
    {
        RunId = RunId,
        ItemId = itemId,
        ProviderId = providerId,
        Repeat = 1,
        Status = status,
        StartedAt = started,
        FinishedAt = started.AddSeconds(1),
    };

    private static ScoreRecord Score(string itemId, string providerId, string metric, double value) => new()
    {
        RunId = RunId,
        ItemId = itemId,
        ProviderId = providerId,
        Repeat = 1,
        Evaluator = "Test",
        Metric = metric,
        Value = value,
        Reason = value == 0 ? "未充足: [300円]" : null,
    };
}
