namespace GaiEval.Tests.Analysis.Economics;

using GaiEval.Core.Analysis;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Storage;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>
/// A stored run in a real SQLite file whose plan carries <c>economics</c> and pricing (StoredRun's plan has neither):
/// items, answers with their correctness and token counts, failures and withheld calls.
/// </summary>
internal sealed class PricedRun : IAsyncDisposable
{
    private const string RunId = "20261201-090000-econ";

    private static readonly DateTimeOffset Started = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(9));

    private readonly List<ResponseRecord> responses = [];
    private readonly List<ScoreRecord> scores = [];

    private PricedRun(SqliteResultStore store) => Store = store;

    public SqliteResultStore Store { get; }

    public static async Task<PricedRun> CreateAsync(TempFolder folder, IReadOnlyList<GoldItem> items, EvalPlan plan)
    {
        SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.File("economics.db"));
        await store.CreateRunAsync(StoredRun.RunInfoFor(plan, items.Count, runId: RunId), items);
        return new PricedRun(store);
    }

    public static EvalPlan Plan(Economics? economics, params ProviderProfile[] providers) =>
        new() { Name = "費用の計画", PlanFile = "/plans/plan.yaml", TestSet = "items.jsonl", Providers = providers, Economics = economics };

    public static ProviderProfile Provider(string id, Pricing? pricing) =>
        new() { Id = id, Name = $"方式{id}", Method = DeploymentMethod.Cloud, Adapter = "manual", Pricing = pricing, Candidate = true };

    public static GoldItem Item(string id, string category, double humanMinutes, double reviewMinutes, bool hasRule = true) => new()
    {
        Id = id,
        Category = category,
        Use = ItemUses.Dialogue,
        Question = $"{id} の質問",
        MustInclude = hasRule ? [["300円"]] : [],
        HumanMinutes = humanMinutes,
        ReviewMinutes = reviewMinutes,
    };

    /// <summary>An answered call with its token counts and, unless <paramref name="correct"/> is null, its correctness.</summary>
    public PricedRun Answer(string itemId, string providerId, bool? correct, long? inputTokens = null, long? outputTokens = null)
    {
        responses.Add(Response(itemId, providerId, ResponseStatus.Ok) with
        {
            Text = "回答",
            Attempts = 1,
            InputTokens = inputTokens,
            OutputTokens = outputTokens,
            TokenSource = TokenSource.Reported,
        });
        if (correct is { } c)
        {
            scores.Add(new ScoreRecord
            {
                RunId = RunId,
                ItemId = itemId,
                ProviderId = providerId,
                Repeat = 1,
                Evaluator = "Test",
                Metric = MetricNames.Correct,
                Value = c ? 1 : 0,
            });
        }

        return this;
    }

    /// <summary>An answered call the rules left undecided (its correct score Inconclusive, e.g. a leaky refusal), with no verdict since.</summary>
    public PricedRun RuleUndecided(string itemId, string providerId, long? inputTokens = null, long? outputTokens = null)
    {
        Answer(itemId, providerId, correct: null, inputTokens, outputTokens);
        scores.Add(new ScoreRecord
        {
            RunId = RunId,
            ItemId = itemId,
            ProviderId = providerId,
            Repeat = 1,
            Evaluator = "Test",
            Metric = MetricNames.Correct,
            Interpretation = new ScoreInterpretation(EvaluationRating.Inconclusive, true, "判定保留: 拒否しつつ内容を答えている（漏れのある拒否）"),
        });
        return this;
    }

    public PricedRun NotAnswered(string itemId, string providerId, ResponseStatus status)
    {
        responses.Add(Response(itemId, providerId, status) with { Error = "送信していません" });
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

    private static ResponseRecord Response(string itemId, string providerId, ResponseStatus status) => new()
    {
        RunId = RunId,
        ItemId = itemId,
        ProviderId = providerId,
        Repeat = 1,
        Status = status,
        StartedAt = Started,
        FinishedAt = Started.AddSeconds(1),
    };
}
