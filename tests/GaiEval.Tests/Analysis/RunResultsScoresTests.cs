namespace GaiEval.Tests.Analysis;

using System.Text.Json;
using GaiEval.Core.Analysis;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Storage;
using GaiEval.Tests.Storage;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>A loaded run keeps its scores packed; through a real SQLite file, what it gives back is what was stored.</summary>
public sealed class RunResultsScoresTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Every_score_reads_back_whole_in_stored_order_and_repeated_details_are_held_once()
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.File("scores.db"));
        var plan = new EvalPlan { Name = "採点の読み込み", PlanFile = "plan.yaml", TestSet = "items.jsonl", Providers = [] };
        await store.CreateRunAsync(StorageSamples.Run() with { PlanJson = PlanSnapshot.ToJson(plan) }, StorageSamples.Items());
        ResponseKey[] keys = [new("q-10", "cloud-mini", 1), new("q-10", "cloud-mini", 2), new("q-2", "cloud-mini", 1)];
        await store.AddResponsesAsync([.. keys.Select(k => StorageSamples.Response(k.ItemId, k.ProviderId, k.Repeat))]);
        ScoreRecord[] stored = [.. keys.SelectMany(Scores)];
        await store.ReplaceScoresAsync(StorageSamples.RunId, [StorageSamples.RuleEvaluator, "Judge"], stored);

        RunResults results = await RunResults.LoadAsync(store, StorageSamples.RunId);

        foreach (ResponseKey key in keys)
        {
            IReadOnlyDictionary<string, ScoreRecord> scores = results.Scores(key);
            ScoreRecord[] expected = [.. stored.Where(s => s.Key == key)];
            Assert.Equal(expected.Select(s => s.Metric), scores.Keys);
            Assert.Equal(expected.Select(Json), scores.Values.Select(Json));
            Assert.Equal(Json(expected[1]), Json(results.Score(key, "correct")!));
            Assert.True(scores.ContainsKey("char-f1"));
        }

        Assert.Null(results.Score(keys[0], "no-such-metric"));
        Assert.Empty(results.Scores(new ResponseKey("q-1", "cloud-mini", 1)));
        ScoreRecord first = results.Score(keys[0], "correct")!;
        ScoreRecord second = results.Score(keys[2], "correct")!;
        Assert.Same(first.Diagnostics, second.Diagnostics);
        Assert.Same(first.Interpretation, second.Interpretation);
        Assert.Same(first.Metadata, second.Metadata);
        Assert.NotSame(first.Metadata, results.Score(keys[1], "correct")!.Metadata);
    }

    [Fact]
    public async Task A_score_of_zero_stays_apart_from_a_score_without_a_value_and_each_answer_gets_its_own_verdict()
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.File("verdicts.db"));
        var plan = new EvalPlan { Name = "判定の読み込み", PlanFile = "plan.yaml", TestSet = "items.jsonl", Providers = [] };
        await store.CreateRunAsync(StorageSamples.Run() with { PlanJson = PlanSnapshot.ToJson(plan) }, StorageSamples.Items());
        ResponseKey wrong = new("q-10", "cloud-mini", 1), right = new("q-2", "cloud-mini", 1), none = new("q-1", "cloud-mini", 1), graded = new("q-10", "cloud-mini", 2);
        await store.AddResponsesAsync([.. new[] { wrong, right, none, graded }.Select(k => StorageSamples.Response(k.ItemId, k.ProviderId, k.Repeat))]);
        // The same label and reason for the zero and the missing value: only whether the value is there tells them apart.
        ScoreRecord Correct(ResponseKey key, double? value) =>
            StorageSamples.Score(key.ItemId, key.ProviderId, key.Repeat, "correct", value) with { Label = "answer", Reason = "規則" };
        await store.ReplaceScoresAsync(
            StorageSamples.RunId, [StorageSamples.RuleEvaluator], [Correct(wrong, 0), Correct(right, 1), Correct(none, null), Correct(graded, 0)]);
        await store.SaveHumanGradesAsync([StorageSamples.Grade(graded.ItemId, graded.ProviderId, graded.Repeat, HumanGrade.Correct)]);

        RunResults results = await RunResults.LoadAsync(store, StorageSamples.RunId);

        Assert.Equal(0, results.Score(wrong, "correct")!.Value);
        Assert.Null(results.Score(none, "correct")!.Value);
        Assert.Equal(1, results.Score(right, "correct")!.Value);
        Assert.Equal(new ResponseVerdict(false, VerdictSource.Rules), results.Verdict(wrong));
        Assert.Equal(new ResponseVerdict(true, VerdictSource.Rules), results.Verdict(right));
        Assert.Null(results.Verdict(none));
        Assert.Null(results.Verdict(none));
        Assert.Equal(new ResponseVerdict(true, VerdictSource.Human, Automatic: false), results.Verdict(graded));
        Assert.True(results.Verdict(graded)!.OverridesAutomatic);
        Assert.Null(results.Verdict(new ResponseKey("q-1", "cloud-mini", 9)));

        // Worked out once and held by every answer that has it: asked again, the very same verdict.
        Assert.Same(results.Verdict(wrong), results.Verdict(wrong));
        Assert.Same(results.Verdict(wrong), results.OnlyItems(_ => true).Verdict(wrong));
    }

    /// <summary>Three metrics of two evaluators; the second repeat's judge took longer (other metadata).</summary>
    private static IEnumerable<ScoreRecord> Scores(ResponseKey key)
    {
        ScoreRecord rule = StorageSamples.Score(key.ItemId, key.ProviderId, key.Repeat, "char-f1", 0.5);
        yield return rule with { Metadata = new Dictionary<string, string> { ["tokenization"] = "char" } };
        yield return rule with
        {
            Evaluator = "Judge",
            Metric = "correct",
            Value = null,
            Metadata = new Dictionary<string, string> { ["judge-ms"] = key.Repeat == 2 ? "900" : "120", ["model"] = "gpt-judge" },
            Interpretation = new ScoreInterpretation(EvaluationRating.Inconclusive, false, "判定できません"),
            Diagnostics = [new ScoreDiagnostic(EvaluationDiagnosticSeverity.Warning, "応答が長すぎます"), new ScoreDiagnostic(EvaluationDiagnosticSeverity.Informational, "ルールなし")],
        };
        yield return rule with { Metric = "must-include", Value = key.Repeat, Label = null, Reason = null };
    }

    private static string Json(ScoreRecord score) => JsonSerializer.Serialize(score);
}
