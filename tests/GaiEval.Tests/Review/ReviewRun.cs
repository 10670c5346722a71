namespace GaiEval.Tests.Review;

using GaiEval.Core.Analysis;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Storage;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>
/// Builds a stored run by hand in a real SQLite file for review tests: answers, any scores (a judge's included, with or
/// without a value), and earlier human grades.
/// </summary>
public sealed class ReviewRun
{
    public const string RunId = "20261127-100000-rvw1";

    private readonly List<ResponseRecord> responses = [];
    private readonly List<ScoreRecord> scores = [];
    private readonly List<HumanGradeRecord> grades = [];
    private readonly DateTimeOffset started = new(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(9));

    public ReviewRun(IReadOnlyList<GoldItem> items, int repeats = 1, params string[] providers)
    {
        Items = items;
        Plan = new EvalPlan
        {
            Name = "レビュー用の実行",
            PlanFile = "plan.yaml",
            TestSet = "items.jsonl",
            Repeats = repeats,
            Providers = [.. providers.Select(id => new ProviderProfile { Id = id, Name = $"{id} の表示名", Method = DeploymentMethod.Cloud, Adapter = "openai" })],
        };
    }

    public IReadOnlyList<GoldItem> Items { get; }

    public EvalPlan Plan { get; }

    public static GoldItem Item(string id, bool hasRule = true) => new()
    {
        Id = id,
        Category = "住民票・戸籍",
        Use = ItemUses.Dialogue,
        Question = $"{id} の質問",
        Context = $"{id} の資料",
        Reference = $"{id} の模範解答",
        MustInclude = hasRule ? [["300円"]] : [],
        Rubric = hasRule ? [] : ["手数料を示す", "窓口を示す"],
        HumanMinutes = 6,
        ReviewMinutes = 1,
    };

    public ReviewRun Answer(string itemId, string providerId, string? text = null, int repeat = 1)
    {
        responses.Add(Response(itemId, providerId, repeat, ResponseStatus.Ok) with { Text = text ?? $"{itemId} への {providerId} の回答", Attempts = 1 });
        return this;
    }

    public ReviewRun Fail(string itemId, string providerId, int repeat = 1)
    {
        responses.Add(Response(itemId, providerId, repeat, ResponseStatus.Error) with { Error = "接続できません", Attempts = 3 });
        return this;
    }

    /// <summary>Adds the rules' verdict (<c>correct</c>) of an answer.</summary>
    public ReviewRun Rule(string itemId, string providerId, bool correct, int repeat = 1) =>
        Score(itemId, providerId, "Correctness", Core.Scoring.MetricNames.Correct, correct ? 1 : 0, repeat: repeat);

    /// <summary>Adds a judge metric.</summary>
    public ReviewRun Judge(string itemId, string providerId, string metric, double? value, string? reason = null, int repeat = 1) =>
        Score(itemId, providerId, "EquivalenceJudge", metric, value, reason ?? (value is null ? null : $"判定者の理由 {value}"), repeat);

    /// <summary>Adds a judge metric the judge could not decide, as the judge evaluators store it: no value, an Inconclusive interpretation.</summary>
    public ReviewRun JudgeInconclusive(string itemId, string providerId, string metric, string reason, int repeat = 1) =>
        Score(itemId, providerId, "EquivalenceJudge", metric, null, reason, repeat, new ScoreInterpretation(EvaluationRating.Inconclusive, true, reason));

    /// <summary>Adds a <c>correct</c> the rules left undecided, as CorrectnessEvaluator stores it.</summary>
    public ReviewRun RuleUndecided(string itemId, string providerId, int repeat = 1)
    {
        const string reason = "判定保留: 拒否しつつ内容を答えている（漏れのある拒否）";
        return Score(
            itemId, providerId, "Correctness", Core.Scoring.MetricNames.Correct, null, reason, repeat, new ScoreInterpretation(EvaluationRating.Inconclusive, true, reason));
    }

    public ReviewRun Score(
        string itemId, string providerId, string evaluator, string metric, double? value, string? reason = null, int repeat = 1, ScoreInterpretation? interpretation = null)
    {
        scores.Add(new ScoreRecord
        {
            RunId = RunId,
            ItemId = itemId,
            ProviderId = providerId,
            Repeat = repeat,
            Evaluator = evaluator,
            Metric = metric,
            Value = value,
            Reason = reason,
            Interpretation = interpretation,
        });
        return this;
    }

    public ReviewRun Graded(string itemId, string providerId, HumanGrade grade, string reviewer = "前回の採点者", string? comment = null, int repeat = 1)
    {
        grades.Add(new HumanGradeRecord
        {
            RunId = RunId,
            ItemId = itemId,
            ProviderId = providerId,
            Repeat = repeat,
            Grade = grade,
            Comment = comment,
            Reviewer = reviewer,
            GradedAt = started.AddDays(1),
        });
        return this;
    }

    /// <summary>Writes the run into a new SQLite file and returns the file's path.</summary>
    public async Task<string> SaveAsync(string databasePath)
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(databasePath);
        await store.CreateRunAsync(RunInfo(), Items);
        foreach (ResponseRecord response in responses)
        {
            await store.AddResponseAsync(response);
        }

        await store.ReplaceScoresAsync(RunId, [.. scores.Select(s => s.Evaluator).Distinct()], scores);
        await store.SaveHumanGradesAsync(grades);
        return databasePath;
    }

    /// <summary>Writes the run into <paramref name="folder"/> and loads it back as analysis sees it.</summary>
    public async Task<RunResults> LoadAsync(TempFolder folder)
    {
        string path = await SaveAsync(folder.File($"{Guid.NewGuid():N}.db"));
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(path);
        return await RunResults.LoadAsync(store, RunId);
    }

    private RunInfo RunInfo() => new()
    {
        RunId = RunId,
        PlanName = Plan.Name,
        PlanFile = Plan.PlanFile,
        PlanJson = PlanSnapshot.ToJson(Plan),
        TestSetPath = Plan.TestSet,
        TestSetHash = new string('b', 64),
        ItemCount = Items.Count,
        Repeats = Plan.Repeats,
        ToolVersion = "test",
        CriteriaJson = PlanSnapshot.CriteriaJson(Plan),
        CriteriaHash = PlanSnapshot.CriteriaHash(Plan),
        StartedAt = started,
    };

    private ResponseRecord Response(string itemId, string providerId, int repeat, ResponseStatus status) => new()
    {
        RunId = RunId,
        ItemId = itemId,
        ProviderId = providerId,
        Repeat = repeat,
        Status = status,
        StartedAt = started,
        FinishedAt = started.AddSeconds(1),
    };
}
