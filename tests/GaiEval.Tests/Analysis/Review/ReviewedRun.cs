namespace GaiEval.Tests.Analysis.Review;

using GaiEval.Core.Analysis;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>
/// A stored run in a real SQLite file whose answers carry chosen rule verdicts, judge scores (with the judge's provider or a
/// 「判定不能」 reason, or the whole metadata of a judge call) and reviewers' grades: the answers through <see cref="StoredRun"/>, the judge scores and grades through the store.
/// </summary>
public sealed class ReviewedRun : IAsyncDisposable
{
    public const string Judge = "judge-llm";

    private readonly StoredRun stored;
    private readonly List<ScoreRecord> judgeScores = [];
    private readonly List<HumanGradeRecord> grades = [];

    private ReviewedRun(StoredRun stored) => this.stored = stored;

    public StoredRun Stored => stored;

    /// <summary>A run of <paramref name="itemCount"/> items q001…, with rules, for the given provider ids.</summary>
    public static Task<ReviewedRun> CreateAsync(TempFolder folder, int itemCount, params string[] providers) =>
        CreateAsync(folder, itemCount, [.. providers.Select(StoredRun.Provider)]);

    public static Task<ReviewedRun> CreateAsync(TempFolder folder, int itemCount, params ProviderProfile[] providers) =>
        CreateAsync(folder, itemCount, StoredRun.PlanOf(providers));

    /// <summary>A run of <paramref name="plan"/>, e.g. <c>StoredRun.PlanOf(…) with { Judges = …, Economics = … }</c>.</summary>
    public static async Task<ReviewedRun> CreateAsync(TempFolder folder, int itemCount, EvalPlan plan) =>
        new(await StoredRun.CreateAsync(folder, [.. Enumerable.Range(1, itemCount).Select(i => StoredRun.Item(ItemId(i)))], plan));

    public static string ItemId(int number) => $"q{number:000}";

    /// <summary>An answer with the rules' verdict (none when null), a judge's equivalence score and a reviewer's grade, each optional.</summary>
    public ReviewedRun Answer(string itemId, string providerId, bool? rule = null, double? equivalence = null, HumanGrade? human = null)
    {
        stored.Answer(itemId, providerId, $"{itemId} への {providerId} の回答", rule, latencyMs: 100);
        if (equivalence is { } score)
        {
            Score(itemId, providerId, MetricNames.JudgeEquivalence, score);
        }

        return human is { } grade ? Grade(itemId, providerId, grade) : this;
    }

    /// <summary>A judge metric the judge could not decide, as the judge evaluators store it: no value, an Inconclusive interpretation.</summary>
    public ReviewedRun Inconclusive(string itemId, string providerId, string metric, string reason) =>
        Score(itemId, providerId, metric, null, reason, interpretation: new ScoreInterpretation(EvaluationRating.Inconclusive, true, reason));

    /// <summary>A judge metric of an answer already added; a null value is stored with <paramref name="reason"/>.</summary>
    public ReviewedRun Score(
        string itemId, string providerId, string metric, double? value, string? reason = null, string judge = Judge, ScoreInterpretation? interpretation = null)
    {
        judgeScores.Add(new ScoreRecord
        {
            RunId = StoredRun.RunId,
            ItemId = itemId,
            ProviderId = providerId,
            Repeat = 1,
            Evaluator = "EquivalenceJudge",
            Metric = metric,
            Value = value,
            Reason = reason,
            Metadata = new Dictionary<string, string> { [ScoringJudge.ProviderKey] = judge },
            Interpretation = interpretation,
        });
        return this;
    }

    /// <summary>
    /// The metrics one judge evaluator wrote on an answer already added, each with the same metadata of its call, as the
    /// judge evaluators and the scorer write it: the judge, its model, tokens, time and attempts.
    /// </summary>
    public ReviewedRun Judged(string itemId, string providerId, string evaluator, JudgeCallFigures call, params (string Metric, double Value)[] metrics)
    {
        var metadata = new Dictionary<string, string>
        {
            [ScoringJudge.ProviderKey] = call.Judge,
            [JudgeCallMetadata.ModelKey] = call.Model,
            [JudgeCallMetadata.InputTokensKey] = $"{call.InputTokens}",
            [JudgeCallMetadata.OutputTokensKey] = $"{call.OutputTokens}",
            [JudgeCallMetadata.LatencyKey] = $"{call.LatencyMs}",
            [JudgeCallMetadata.AttemptsKey] = $"{call.Attempts}",
        };
        judgeScores.AddRange(metrics.Select(m => new ScoreRecord
        {
            RunId = StoredRun.RunId,
            ItemId = itemId,
            ProviderId = providerId,
            Repeat = 1,
            Evaluator = evaluator,
            Metric = m.Metric,
            Value = m.Value,
            Metadata = metadata,
        }));
        return this;
    }

    public ReviewedRun Grade(string itemId, string providerId, HumanGrade grade)
    {
        grades.Add(new HumanGradeRecord
        {
            RunId = StoredRun.RunId,
            ItemId = itemId,
            ProviderId = providerId,
            Repeat = 1,
            Grade = grade,
            Reviewer = "区民課 山田",
            GradedAt = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(9)),
        });
        return this;
    }

    /// <summary>
    /// Adds answers whose (scorer, person) verdicts fill a 2×2 table: <paramref name="bothCorrect"/> 正答/正答,
    /// <paramref name="onlyScorer"/> 正答/誤答, <paramref name="onlyHuman"/> 誤答/正答, <paramref name="bothWrong"/> 誤答/誤答 (half
    /// of the human 誤答 written as 部分, which counts as 誤答). The scorer is the rules, or the judge's equivalence (5 or 2) when
    /// <paramref name="byJudge"/>. Items are numbered from <paramref name="firstItem"/>.
    /// </summary>
    public ReviewedRun Table(string providerId, bool byJudge, int bothCorrect, int onlyScorer, int onlyHuman, int bothWrong, int firstItem = 1)
    {
        int item = firstItem;
        void Add(int count, bool scorer, bool human)
        {
            for (int i = 0; i < count; i++, item++)
            {
                HumanGrade grade = human ? HumanGrade.Correct : i % 2 == 0 ? HumanGrade.Wrong : HumanGrade.Partial;
                Answer(ItemId(item), providerId, rule: byJudge ? null : scorer, equivalence: byJudge ? (scorer ? 5 : 2) : null, human: grade);
            }
        }

        Add(bothCorrect, scorer: true, human: true);
        Add(onlyScorer, scorer: true, human: false);
        Add(onlyHuman, scorer: false, human: true);
        Add(bothWrong, scorer: false, human: false);
        return this;
    }

    public async Task<RunResults> SaveAsync()
    {
        await stored.SaveAsync();
        await stored.Store.ReplaceScoresAsync(StoredRun.RunId, [.. judgeScores.Select(s => s.Evaluator).Append("EquivalenceJudge").Distinct()], judgeScores);
        await stored.Store.SaveHumanGradesAsync(grades);
        return await RunResults.LoadAsync(stored.Store, StoredRun.RunId);
    }

    public ValueTask DisposeAsync() => stored.DisposeAsync();
}
