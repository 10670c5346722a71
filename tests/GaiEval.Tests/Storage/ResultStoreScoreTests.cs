using System.Data.Common;
using GaiEval.Core.Results;
using GaiEval.Tests.Storage.Engines;
using Microsoft.Extensions.AI.Evaluation;

namespace GaiEval.Tests.Storage;

/// <summary>Runs against every engine: <see cref="Engines.SqliteStoreTests"/> and <see cref="Engines.PostgresStoreTests"/> name the classes.</summary>
public abstract class ResultStoreScoreTests(EngineStore engine) : IAsyncLifetime
{
    private static readonly string[] Rule = [StorageSamples.RuleEvaluator];

    protected EngineStore Engine { get; } = engine;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Engine.DisposeAsync();

    [SkippableFact]
    public async Task Reads_scores_back_with_every_field_including_nulls()
    {
        await using IResultStore store = await OpenWithResponsesAsync();
        ScoreRecord[] scores =
        [
            StorageSamples.Score("q-10", "cloud-mini", 1, "correct", 1),
            StorageSamples.Score("q-10", "cloud-mini", 1, "char_f1", 0.8765432109876543),
            StorageSamples.Score("q-10", "cloud-mini", 1, "judge", value: null),
        ];

        await store.ReplaceScoresAsync(StorageSamples.RunId, Rule, scores);

        Assert.Equal(scores, await ReadAllAsync(store, StorageSamples.RunId));
    }

    [SkippableFact]
    public async Task Replacing_twice_keeps_only_the_second_set()
    {
        await using IResultStore store = await OpenWithResponsesAsync();
        await store.ReplaceScoresAsync(
            StorageSamples.RunId,
            Rule,
            [StorageSamples.Score("q-10", "cloud-mini", 1, "correct", 0), StorageSamples.Score("q-2", "bm25", 1, "correct", 0)]);
        ScoreRecord[] second = [StorageSamples.Score("q-10", "cloud-mini", 1, "correct", 1)];

        await store.ReplaceScoresAsync(StorageSamples.RunId, Rule, second);

        Assert.Equal(second, await ReadAllAsync(store, StorageSamples.RunId));
    }

    [SkippableFact]
    public async Task Replacing_the_scores_of_one_run_leaves_the_other_runs_scores()
    {
        await using IResultStore store = await OpenWithResponsesAsync();
        await store.CreateRunAsync(StorageSamples.Run("other-run"), StorageSamples.Items());
        await store.AddResponseAsync(StorageSamples.Response("q-2", "bm25", 1, runId: "other-run"));
        ScoreRecord[] other = [StorageSamples.Score("q-2", "bm25", 1, "correct", 1, runId: "other-run")];
        await store.ReplaceScoresAsync("other-run", Rule, other);

        await store.ReplaceScoresAsync(StorageSamples.RunId, Rule, [StorageSamples.Score("q-2", "bm25", 1, "correct", 0)]);
        await store.ReplaceScoresAsync(StorageSamples.RunId, Rule, []);

        Assert.Empty(await ReadAllAsync(store, StorageSamples.RunId));
        Assert.Equal(other, await ReadAllAsync(store, "other-run"));
    }

    [SkippableFact]
    public async Task A_failed_replace_keeps_the_previous_scores()
    {
        await using IResultStore store = await OpenWithResponsesAsync();
        ScoreRecord[] first = [StorageSamples.Score("q-2", "bm25", 1, "correct", 1)];
        await store.ReplaceScoresAsync(StorageSamples.RunId, Rule, first);
        ScoreRecord duplicate = StorageSamples.Score("q-10", "cloud-mini", 1, "correct", 0);

        await Assert.ThrowsAnyAsync<DbException>(
            () => store.ReplaceScoresAsync(StorageSamples.RunId, Rule, [duplicate, duplicate with { Value = 1 }]));

        Assert.Equal(first, await ReadAllAsync(store, StorageSamples.RunId));
    }

    [SkippableFact]
    public async Task A_score_of_another_run_is_rejected()
    {
        await using IResultStore store = await OpenWithResponsesAsync();

        await Assert.ThrowsAsync<ArgumentException>(
            () => store.ReplaceScoresAsync(StorageSamples.RunId, Rule, [StorageSamples.Score("q-2", "bm25", 1, "correct", 1, runId: "other-run")]));
    }

    [SkippableFact]
    public async Task Streams_scores_by_item_order_then_provider_then_repeat_then_given_order()
    {
        await using IResultStore store = await OpenWithResponsesAsync();
        ScoreRecord[] scrambled =
        [
            StorageSamples.Score("q-2", "bm25", 1, "correct", 1),
            StorageSamples.Score("q-10", "cloud-mini", 1, "rouge_l", 0.5),
            StorageSamples.Score("q-10", "bm25", 1, "correct", 0),
            StorageSamples.Score("q-10", "cloud-mini", 1, "correct", 1),
        ];

        await store.ReplaceScoresAsync(StorageSamples.RunId, Rule, scrambled);

        Assert.Equal([scrambled[2], scrambled[1], scrambled[3], scrambled[0]], await ReadAllAsync(store, StorageSamples.RunId));
    }

    [SkippableFact]
    public async Task Replacing_one_evaluators_scores_keeps_the_other_evaluators_rows()
    {
        await using IResultStore store = await OpenWithResponsesAsync();
        ScoreRecord rule = StorageSamples.Score("q-10", "cloud-mini", 1, "correct", 1);
        ScoreRecord oldJudge = StorageSamples.Score("q-10", "cloud-mini", 1, "judge_equivalence", 2, evaluator: "EquivalenceJudge");
        ScoreRecord relevance = StorageSamples.Score("q-2", "bm25", 1, "judge_relevance", 3, evaluator: "RelevanceJudge");
        await store.ReplaceScoresAsync(StorageSamples.RunId, [Rule[0], "EquivalenceJudge", "RelevanceJudge"], [rule, oldJudge, relevance]);
        ScoreRecord newJudge = oldJudge with { Value = 5 };

        await store.ReplaceScoresAsync(StorageSamples.RunId, ["EquivalenceJudge", "RubricJudge"], [newJudge]);

        Assert.Equal([rule, newJudge, relevance], await ReadAllAsync(store, StorageSamples.RunId));
    }

    [SkippableFact]
    public async Task A_score_of_an_evaluator_outside_the_replaced_set_is_rejected_and_nothing_changes()
    {
        await using IResultStore store = await OpenWithResponsesAsync();
        ScoreRecord[] first = [StorageSamples.Score("q-2", "bm25", 1, "correct", 1)];
        await store.ReplaceScoresAsync(StorageSamples.RunId, Rule, first);
        ScoreRecord stranger = StorageSamples.Score("q-10", "cloud-mini", 1, "judge_equivalence", 4, evaluator: "EquivalenceJudge");

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(
            () => store.ReplaceScoresAsync(StorageSamples.RunId, Rule, [StorageSamples.Score("q-10", "cloud-mini", 1, "correct", 0), stranger]));

        Assert.Contains("EquivalenceJudge", error.Message);
        Assert.Equal(first, await ReadAllAsync(store, StorageSamples.RunId));
    }

    [SkippableFact]
    public async Task Interpretation_and_diagnostics_round_trip_and_their_absence_stays_null()
    {
        await using IResultStore store = await OpenWithResponsesAsync();
        ScoreRecord interpreted = StorageSamples.Score("q-10", "cloud-mini", 1, "correct", 0, evaluator: "Correctness") with
        {
            Interpretation = new ScoreInterpretation(EvaluationRating.Unacceptable, true, "禁止語: 無料"),
        };
        ScoreRecord diagnosed = StorageSamples.Score("q-10", "bm25", 1, "correct", null, evaluator: "Correctness") with
        {
            Diagnostics =
            [
                new ScoreDiagnostic(EvaluationDiagnosticSeverity.Informational, "ルールなし: 判定者または人による採点が必要"),
                new ScoreDiagnostic(EvaluationDiagnosticSeverity.Error, "評価エラー: \"引用\" & <記号>"),
            ],
        };
        ScoreRecord plain = StorageSamples.Score("q-2", "bm25", 1, "correct", 1, evaluator: "Correctness");

        await store.ReplaceScoresAsync(StorageSamples.RunId, ["Correctness"], [interpreted, diagnosed, plain]);

        IReadOnlyList<ScoreRecord> read = await ReadAllAsync(store, StorageSamples.RunId);
        ScoreRecord readInterpreted = read.Single(s => s.ProviderId == "cloud-mini");
        ScoreRecord readDiagnosed = read.Single(s => s.ItemId == "q-10" && s.ProviderId == "bm25");
        ScoreRecord readPlain = read.Single(s => s.ItemId == "q-2");
        Assert.Equal(interpreted, readInterpreted);
        Assert.Equal(diagnosed.Diagnostics, readDiagnosed.Diagnostics!);
        Assert.Null(readDiagnosed.Interpretation);
        Assert.Equal(plain, readPlain);
        Assert.Null(readPlain.Diagnostics);
        Assert.Equal(
            ["[{\"severity\":\"informational\",\"message\":\"ルールなし: 判定者または人による採点が必要\"},{\"severity\":\"error\",\"message\":\"評価エラー: \\\"引用\\\" & <記号>\"}]"],
            await Engine.QueryAsync<string>("SELECT diagnostics FROM scores WHERE diagnostics IS NOT NULL"));
        Assert.Equal(["unacceptable|1|禁止語: 無料"], await Engine.QueryAsync<string>("SELECT rating || '|' || failed || '|' || interpretation_reason FROM scores WHERE rating IS NOT NULL"));
    }

    [SkippableFact]
    public async Task Metadata_round_trips_as_readable_json_and_null_stays_null()
    {
        await using IResultStore store = await OpenWithResponsesAsync();
        Dictionary<string, string> metadata = new()
        {
            ["judge_provider"] = "cloud-judge",
            ["criteria"] = "窓口の場所を示す \"1階\" & <代替手段>",
            ["tokens"] = "1234",
        };
        ScoreRecord withMetadata = StorageSamples.Score("q-10", "cloud-mini", 1, "judge_equivalence", 4, evaluator: "EquivalenceJudge") with
        {
            Metadata = metadata,
        };
        ScoreRecord withEmpty = StorageSamples.Score("q-10", "bm25", 1, "judge_equivalence", 2, evaluator: "EquivalenceJudge") with
        {
            Metadata = new Dictionary<string, string>(),
        };
        ScoreRecord without = StorageSamples.Score("q-2", "bm25", 1, "judge_equivalence", null, evaluator: "EquivalenceJudge");

        await store.ReplaceScoresAsync(StorageSamples.RunId, ["EquivalenceJudge"], [withMetadata, withEmpty, without]);

        IReadOnlyList<ScoreRecord> read = await ReadAllAsync(store, StorageSamples.RunId);
        Assert.Equal(3, read.Count);
        Assert.NotNull(read[0].Metadata);
        Assert.Empty(read[0].Metadata!);
        Assert.Equal(withEmpty, read[0] with { Metadata = withEmpty.Metadata });
        Assert.Equal(metadata, read[1].Metadata);
        Assert.Equal(withMetadata, read[1] with { Metadata = metadata });
        Assert.Null(read[2].Metadata);
        Assert.Equal(without, read[2]);
        IReadOnlyList<string?> columns = await Engine.QueryAsync<string?>("SELECT metadata FROM scores ORDER BY score_id");
        Assert.Contains("\"criteria\":\"窓口の場所を示す", columns[0]);
        Assert.Equal("{}", columns[1]);
        Assert.Null(columns[2]);
    }

    [SkippableFact]
    public async Task Each_rows_texts_read_back_as_stored_whether_or_not_they_repeat_the_rows_before()
    {
        await using IResultStore store = await OpenWithResponsesAsync();
        string longReason = string.Concat(Enumerable.Repeat("根拠資料（検索結果・context）にない事実は確認しない。", 12));
        ScoreRecord first = StorageSamples.Score("q-10", "bm25", 1, "correct", 1) with { Reason = "必須語句「戸籍住民課」が一致" };
        ScoreRecord Next(string metric, string? label, string? reason) =>
            StorageSamples.Score("q-10", "cloud-mini", 1, metric, 1) with { Label = label, Reason = reason };
        ScoreRecord[] scores =
        [
            first,
            Next("m1", "answer", "必須語句「戸籍住民課」が不一致"),
            Next("m2", string.Empty, string.Empty),
            Next("m3", null, null),
            Next("m4", "answer", longReason) with { Interpretation = new ScoreInterpretation(EvaluationRating.Good, false, string.Empty) },
            Next("m5", "answer", longReason + "。") with { Interpretation = new ScoreInterpretation(EvaluationRating.Poor, true, null) },
            Next("m6", "refuse", "必須語句「戸籍住民課」が一致") with { Value = null },
            StorageSamples.Score("q-2", "bm25", 1, "correct", 0.5, evaluator: "Ｒｕｌｅｓ・規則"),
        ];

        await store.ReplaceScoresAsync(StorageSamples.RunId, [StorageSamples.RuleEvaluator, "Ｒｕｌｅｓ・規則"], scores);

        Assert.Equal(scores, await ReadAllAsync(store, StorageSamples.RunId));
    }

    [SkippableFact]
    public async Task Scores_with_the_same_metadata_or_diagnostics_read_equal_and_a_different_one_reads_its_own()
    {
        await using IResultStore store = await OpenWithResponsesAsync();
        ScoreDiagnostic[] none = [new(EvaluationDiagnosticSeverity.Informational, "根拠資料なし")];
        ScoreDiagnostic[] failed = [new(EvaluationDiagnosticSeverity.Error, "評価エラー")];
        ScoreRecord Scored(string item, string provider, string metric, string duration, ScoreDiagnostic[] diagnostics) =>
            StorageSamples.Score(item, provider, 1, metric, 1) with
            {
                Metadata = new Dictionary<string, string> { ["tokenization"] = "char", ["eval-duration-ms"] = duration },
                Diagnostics = diagnostics,
            };
        ScoreRecord[] scores =
        [
            Scored("q-10", "bm25", "char_f1", "0.04", none),
            Scored("q-10", "cloud-mini", "char_f1", "0.04", none),
            Scored("q-2", "bm25", "char_f1", "0.05", failed),
        ];

        await store.ReplaceScoresAsync(StorageSamples.RunId, [StorageSamples.RuleEvaluator], scores);

        IReadOnlyList<ScoreRecord> read = await ReadAllAsync(store, StorageSamples.RunId);
        Assert.Equal(scores.Length, read.Count);
        for (int i = 0; i < scores.Length; i++)
        {
            Assert.Equal(scores[i].Metadata, read[i].Metadata);
            Assert.Equal(scores[i].Diagnostics, read[i].Diagnostics!);
            Assert.Equal(scores[i], read[i] with { Metadata = scores[i].Metadata, Diagnostics = scores[i].Diagnostics });
        }
    }

    private Task<IResultStore> OpenWithResponsesAsync() =>
        Engine.OpenWithResponsesAsync(("q-10", "cloud-mini", 1), ("q-10", "bm25", 1), ("q-2", "bm25", 1));

    private static async Task<IReadOnlyList<ScoreRecord>> ReadAllAsync(IResultStore store, string runId) => await store.ReadScoresAsync(runId).ToListAsync();
}
