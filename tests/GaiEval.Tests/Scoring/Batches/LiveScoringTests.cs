namespace GaiEval.Tests.Scoring.Batches;

using GaiEval.Core.Model;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Storage;
using GaiEval.Tests.Storage;
using GaiEval.Tests.Support;

/// <summary>Answers scored while the calls run, then the rest after them, through a real SQLite file.</summary>
public sealed class LiveScoringTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Answers_stored_before_a_resume_and_answers_scored_live_end_with_one_score_each_and_stale_scores_gone()
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.File("live.db"));
        GoldItem[] items = await CreateRunAsync(store, 40);
        ResponseRecord[] earlier = [.. items.Take(15).Select(Answer)];
        await store.AddResponsesAsync(earlier);
        await store.ReplaceScoresAsync(
            StorageSamples.RunId, [LengthEvaluator.EvaluatorName], [StorageSamples.Score(items[0].Id, "cloud", 1, LengthEvaluator.Metric, 99, evaluator: LengthEvaluator.EvaluatorName)]);
        await store.ReplaceScoresAsync(StorageSamples.RunId, ["Judge"], [StorageSamples.Score(items[0].Id, "cloud", 1, "judged", 1, evaluator: "Judge")]);
        var scorer = new RunScorer(store, [new LengthEvaluator()]);

        IReadOnlySet<ResponseKey> live;
        await using (LiveScoring scoring = await LiveScoring.StartAsync(scorer, StorageSamples.RunId, items, CancellationToken.None))
        {
            foreach (ResponseRecord answer in items.Skip(15).Select(Answer))
            {
                await store.AddResponseAsync(answer);
                scoring.Offer(answer);
            }

            live = await scoring.CompleteAsync();
        }

        int after = await scorer.ScoreAsync(StorageSamples.RunId, scoredDuringCalls: live);

        List<ScoreRecord> scores = await store.ReadScoresAsync(StorageSamples.RunId).ToListAsync();
        Assert.Equal(items.Skip(15).Select(i => i.Id).Order(), live.Select(k => k.ItemId).Order());
        Assert.Equal(15, after);
        AssertEveryAnswerScoredOnce(items, scores);
        Assert.Single(scores, s => s.Evaluator == "Judge");
    }

    [Fact]
    public async Task Answers_offered_while_the_queue_is_full_are_not_held_but_scored_after_the_calls()
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.File("full.db"));
        GoldItem[] items = await CreateRunAsync(store, LiveScoring.QueueCapacity + 300);
        var scorer = new RunScorer(store, [new LengthEvaluator(TimeSpan.FromMilliseconds(5))]);
        IReadOnlySet<ResponseKey> live;
        await using (LiveScoring scoring = await LiveScoring.StartAsync(scorer, StorageSamples.RunId, items, CancellationToken.None))
        {
            ResponseRecord[] answers = [.. items.Select(Answer)];
            await store.AddResponsesAsync(answers);
            foreach (ResponseRecord answer in answers)
            {
                scoring.Offer(answer);
            }

            live = await scoring.CompleteAsync();
        }

        int after = await scorer.ScoreAsync(StorageSamples.RunId, scoredDuringCalls: live);

        Assert.InRange(live.Count, 1, LiveScoring.QueueCapacity + 1);
        Assert.Equal(items.Length - live.Count, after);
        AssertEveryAnswerScoredOnce(items, await store.ReadScoresAsync(StorageSamples.RunId).ToListAsync());
    }

    [Fact]
    public async Task A_scorer_with_a_judge_is_refused_for_scoring_during_the_calls()
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.File("judge.db"));
        GoldItem[] items = await CreateRunAsync(store, 1);
        var judge = new ScoringJudge("judge", new Microsoft.Extensions.AI.Evaluation.ChatConfiguration(new GaiEval.Tests.Middleware.FakeChatClient()), [], Sensitivity.Public, 1);

        await Assert.ThrowsAsync<ArgumentException>(() => LiveScoring.StartAsync(new RunScorer(store, [new LengthEvaluator()], judge), StorageSamples.RunId, items, CancellationToken.None));
    }

    /// <summary>Answer number i is i % 9 characters long.</summary>
    private static ResponseRecord Answer(GoldItem item) =>
        StorageSamples.Response(item.Id, "cloud", 1) with { Text = new string('あ', int.Parse(item.Id[2..], System.Globalization.CultureInfo.InvariantCulture) % 9) };

    private static async Task<GoldItem[]> CreateRunAsync(SqliteResultStore store, int count)
    {
        GoldItem[] items = [.. Enumerable.Range(0, count).Select(i => new GoldItem { Id = $"q-{i:0000}", Category = "税", Use = ItemUses.Dialogue, Question = $"質問{i}" })];
        await store.CreateRunAsync(StorageSamples.Run() with { ItemCount = items.Length, Repeats = 1 }, items);
        return items;
    }

    private static void AssertEveryAnswerScoredOnce(GoldItem[] items, List<ScoreRecord> scores)
    {
        ScoreRecord[] lengths = [.. scores.Where(s => s.Evaluator == LengthEvaluator.EvaluatorName)];
        Assert.Equal(items.Select(i => i.Id), lengths.Select(s => s.ItemId));
        Assert.Equal(Enumerable.Range(0, items.Length).Select(i => (double?)(i % 9)), lengths.Select(s => s.Value));
    }
}
