namespace GaiEval.Tests.Scoring.Batches;

using GaiEval.Core.Model;
using GaiEval.Core.Results;
using GaiEval.Core.Running;
using GaiEval.Core.Scoring;
using GaiEval.Storage;
using GaiEval.Tests.Storage;
using GaiEval.Tests.Support;

/// <summary>A run larger than one batch of the scorer, through a real SQLite file.</summary>
public sealed class RunScorerBatchTests : IDisposable
{
    private const int Answered = (RunScorer.BatchSize * 2) + 37;
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Every_answer_of_a_run_larger_than_a_batch_is_scored_once_and_the_evaluators_old_scores_are_cleared()
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.File("batches.db"));
        GoldItem[] items = [.. Enumerable.Range(0, Answered + 1).Select(i => new GoldItem { Id = $"q-{i:0000}", Category = "税", Use = ItemUses.Dialogue, Question = $"質問{i}" })];
        await store.CreateRunAsync(StorageSamples.Run() with { ItemCount = items.Length, Repeats = 1 }, items);
        await store.AddResponsesAsync([.. items.Select((item, i) => StorageSamples.Response(item.Id, "cloud", 1) with
        {
            Status = i == Answered ? ResponseStatus.Error : ResponseStatus.Ok,
            Text = i == Answered ? null : new string('あ', i % 7),
        })]);
        string failed = items[Answered].Id;
        await store.ReplaceScoresAsync(StorageSamples.RunId, [LengthEvaluator.EvaluatorName], [StorageSamples.Score(failed, "cloud", 1, LengthEvaluator.Metric, 99, evaluator: LengthEvaluator.EvaluatorName)]);
        await store.ReplaceScoresAsync(StorageSamples.RunId, ["Judge"], [StorageSamples.Score("q-0000", "cloud", 1, "judged", 1, evaluator: "Judge")]);
        var reports = new List<RunProgress>();

        int scored = await new RunScorer(store, [new LengthEvaluator()]).ScoreAsync(StorageSamples.RunId, new SynchronousProgress(reports));

        List<ScoreRecord> scores = [];
        await foreach (ScoreRecord score in store.ReadScoresAsync(StorageSamples.RunId))
        {
            scores.Add(score);
        }

        ScoreRecord[] lengths = [.. scores.Where(s => s.Evaluator == LengthEvaluator.EvaluatorName)];
        Assert.Equal(Answered, scored);
        Assert.Equal(items.Take(Answered).Select(i => i.Id), lengths.Select(s => s.ItemId));
        Assert.Equal(Enumerable.Range(0, Answered).Select(i => (double?)(i % 7)), lengths.Select(s => s.Value));
        Assert.DoesNotContain(lengths, s => s.ItemId == failed);
        Assert.Single(scores, s => s.Evaluator == "Judge");
        Assert.Equal(Answered, reports.Count);
        Assert.Equal((Answered, Answered), (reports.Max(r => r.Finished), reports[0].Total));
    }

    private sealed class SynchronousProgress(List<RunProgress> reports) : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
