namespace GaiEval.Core.Analysis;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;

/// <summary>Everything stored about one run, joined once, for analysis and reports (never used by the runner).</summary>
public sealed class RunResults
{
    private readonly Dictionary<ResponseKey, ResponseScores> scores;
    private readonly Dictionary<ResponseKey, HumanGradeRecord> grades;
    private readonly AnswerTexts texts;

    private RunResults(
        RunInfo run,
        EvalPlan plan,
        IReadOnlyList<GoldItem> items,
        IReadOnlyList<ResponseSummary> responses,
        AnswerTexts texts,
        Dictionary<ResponseKey, ResponseScores> scores,
        IReadOnlyList<HumanGradeRecord> humanGrades)
    {
        this.texts = texts;
        Run = run;
        Plan = plan;
        AllItems = items;
        AllResponses = responses;
        Items = [.. items.Where(i => !i.IsProbe)];
        Probes = [.. items.Where(i => i.IsProbe)];
        ItemsById = items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        Responses = [.. responses.Where(r => !ItemsById.TryGetValue(r.ItemId, out GoldItem? item) || !item.IsProbe)];
        ProbeResponses = [.. responses.Where(r => ItemsById.TryGetValue(r.ItemId, out GoldItem? item) && item.IsProbe)];
        this.scores = scores;
        HumanGrades = humanGrades;
        grades = humanGrades.ToDictionary(g => g.Key);
    }

    public RunInfo Run { get; }

    /// <summary>The plan as it was when the run started.</summary>
    public EvalPlan Plan { get; }

    /// <summary>The test set's items: every figure but the risk section's is computed on these (never on probes).</summary>
    public IReadOnlyList<GoldItem> Items { get; }

    /// <summary>The risk probes of the run (items with a risk), in stored order; empty when the plan ran none.</summary>
    public IReadOnlyList<GoldItem> Probes { get; }

    /// <summary>Test-set items and probes, in stored order: for the review sheet and results.csv, which list every answer.</summary>
    public IReadOnlyList<GoldItem> AllItems { get; }

    /// <summary>Every item of the run by id, probes included.</summary>
    public IReadOnlyDictionary<string, GoldItem> ItemsById { get; }

    /// <summary>The responses to the test set's items.</summary>
    public IReadOnlyList<ResponseSummary> Responses { get; }

    /// <summary>The responses to the risk probes.</summary>
    public IReadOnlyList<ResponseSummary> ProbeResponses { get; }

    /// <summary>Every response, probes included.</summary>
    public IReadOnlyList<ResponseSummary> AllResponses { get; }

    /// <summary>Reviewers' grades, by item order, then provider, then repeat.</summary>
    public IReadOnlyList<HumanGradeRecord> HumanGrades { get; }

    public static async Task<RunResults> LoadAsync(IResultStore store, string runId, CancellationToken cancellationToken = default)
    {
        RunInfo run = await store.FindRunAsync(runId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"実行 {runId} はデータベースにありません。");

        // The scores (most of the rows) are read on a connection and a core of their own while the answers are read here.
        Task<Dictionary<ResponseKey, ResponseScores>> scores = Task.Run(() => ReadScoresAsync(store, run.RunId, cancellationToken), cancellationToken);
        Task<RunAnswers> answers = ReadAnswersAsync(store, run.RunId, cancellationToken);
        await Task.WhenAll(scores, answers).ConfigureAwait(false);
        RunAnswers read = answers.Result;
        return new RunResults(run, PlanSnapshot.FromJson(run.PlanJson), read.Items, read.Responses, read.Texts, scores.Result, read.HumanGrades);
    }

    private sealed record RunAnswers(
        IReadOnlyList<GoldItem> Items, List<ResponseSummary> Responses, AnswerTexts Texts, List<HumanGradeRecord> HumanGrades);

    private static async Task<RunAnswers> ReadAnswersAsync(IResultStore store, string runId, CancellationToken cancellationToken)
    {
        IReadOnlyList<GoldItem> items = await store.ReadItemsAsync(runId, cancellationToken).ConfigureAwait(false);
        var shared = new SharedStrings();
        var responses = new List<ResponseSummary>();
        var texts = AnswerTexts.Create();
        await foreach (ResponseRecord response in store.ReadResponsesAsync(runId, cancellationToken).ConfigureAwait(false))
        {
            responses.Add(shared.Summary(response, texts));
        }

        texts.Complete();

        var humanGrades = new List<HumanGradeRecord>();
        await foreach (HumanGradeRecord grade in store.ReadHumanGradesAsync(runId, cancellationToken).ConfigureAwait(false))
        {
            humanGrades.Add(grade);
        }

        return new RunAnswers(items, responses, texts, humanGrades);
    }

    /// <summary>The scores are packed as they are read: a run's scores never sit in memory as records all at once.</summary>
    private static async Task<Dictionary<ResponseKey, ResponseScores>> ReadScoresAsync(
        IResultStore store, string runId, CancellationToken cancellationToken)
    {
        var scores = new ScoresByResponse(runId);
        await foreach (ScoreRecord score in store.ReadScoresAsync(runId, cancellationToken).ConfigureAwait(false))
        {
            scores.Add(score);
        }

        return scores.Scores;
    }

    /// <summary>
    /// These results with only the test-set items that <paramref name="keep"/> accepts, and their answers (the risk probes
    /// all kept): for a round's criteria judged on its hidden items alone.
    /// </summary>
    public RunResults OnlyItems(Func<GoldItem, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        HashSet<string> kept = [.. AllItems.Where(i => i.IsProbe || keep(i)).Select(i => i.Id)];
        var keptScores = new ScoresByResponse(Run.RunId);
        foreach (ScoreRecord score in scores.Where(s => kept.Contains(s.Key.ItemId)).SelectMany(s => s.Value.Values))
        {
            keptScores.Add(score);
        }

        return new RunResults(
            Run,
            Plan,
            [.. AllItems.Where(i => kept.Contains(i.Id))],
            [.. AllResponses.Where(r => kept.Contains(r.ItemId))],
            texts,
            keptScores.Scores,
            [.. HumanGrades.Where(g => kept.Contains(g.Key.ItemId))]);
    }

    /// <summary>The answer's text as stored (read back from where the run's texts are kept); null when the provider gave none.</summary>
    public string? Answer(ResponseSummary response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.HasText ? texts.Read(response.TextPlace) : null;
    }

    public ScoreRecord? Score(ResponseKey key, string metric) =>
        scores.TryGetValue(key, out ResponseScores? metrics) && metrics.TryGetValue(metric, out ScoreRecord? score)
            ? score
            : null;

    /// <summary>All scores of one response, by metric name.</summary>
    public IReadOnlyDictionary<string, ScoreRecord> Scores(ResponseKey key) =>
        scores.TryGetValue(key, out ResponseScores? metrics) ? metrics : new Dictionary<string, ScoreRecord>();

    public HumanGradeRecord? HumanGrade(ResponseKey key) => grades.GetValueOrDefault(key);

    /// <summary>Whether the rules left the answer undecided (its correct score is Inconclusive), whoever decided it since.</summary>
    public bool RuleUndecided(ResponseKey key) => Score(key, MetricNames.Correct) is { IsInconclusive: true };

    /// <summary>Whether the answer counts as correct in the accuracy; null while it awaits a judge or a reviewer.</summary>
    public bool? Correct(ResponseKey key) => Verdict(key)?.Correct;

    /// <summary>Whether the answer counts as correct, and who decided; null while it awaits a judge or a reviewer.</summary>
    /// <remarks>
    /// Every figure asks again (per category, use, sensitivity, data class…): the automatic verdict is worked out once and
    /// kept with the answer's scores, not in a table beside them.
    /// </remarks>
    public ResponseVerdict? Verdict(ResponseKey key)
    {
        ResponseVerdict? automatic = scores.TryGetValue(key, out ResponseScores? metrics) ? metrics.Verdict : null;
        return grades.TryGetValue(key, out HumanGradeRecord? grade) ? ResponseVerdict.Of(grade, automatic) : automatic;
    }
}
