using GaiEval.Core.Results;
using GaiEval.Storage;
using GaiEval.Tests.Support;

namespace GaiEval.Tests.Storage;

public sealed class SqliteResultStoreScoreTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Reads_scores_back_with_every_field_including_nulls()
    {
        await using SqliteResultStore store = await OpenWithResponsesAsync();
        ScoreRecord[] scores =
        [
            StorageSamples.Score("q-10", "cloud-mini", 1, "correct", 1),
            StorageSamples.Score("q-10", "cloud-mini", 1, "char_f1", 0.8765432109876543),
            StorageSamples.Score("q-10", "cloud-mini", 1, "judge", value: null),
        ];

        await store.ReplaceScoresAsync(StorageSamples.RunId, scores);

        Assert.Equal(scores, await ReadAllAsync(store, StorageSamples.RunId));
    }

    [Fact]
    public async Task Replacing_twice_keeps_only_the_second_set()
    {
        await using SqliteResultStore store = await OpenWithResponsesAsync();
        await store.ReplaceScoresAsync(
            StorageSamples.RunId,
            [StorageSamples.Score("q-10", "cloud-mini", 1, "correct", 0), StorageSamples.Score("q-2", "bm25", 1, "correct", 0)]);
        ScoreRecord[] second = [StorageSamples.Score("q-10", "cloud-mini", 1, "correct", 1)];

        await store.ReplaceScoresAsync(StorageSamples.RunId, second);

        Assert.Equal(second, await ReadAllAsync(store, StorageSamples.RunId));
    }

    [Fact]
    public async Task Replacing_the_scores_of_one_run_leaves_the_other_runs_scores()
    {
        await using SqliteResultStore store = await OpenWithResponsesAsync();
        await store.CreateRunAsync(StorageSamples.Run("other-run"), StorageSamples.Items());
        await store.AddResponseAsync(StorageSamples.Response("q-2", "bm25", 1, runId: "other-run"));
        ScoreRecord[] other = [StorageSamples.Score("q-2", "bm25", 1, "correct", 1, runId: "other-run")];
        await store.ReplaceScoresAsync("other-run", other);

        await store.ReplaceScoresAsync(StorageSamples.RunId, [StorageSamples.Score("q-2", "bm25", 1, "correct", 0)]);
        await store.ReplaceScoresAsync(StorageSamples.RunId, []);

        Assert.Empty(await ReadAllAsync(store, StorageSamples.RunId));
        Assert.Equal(other, await ReadAllAsync(store, "other-run"));
    }

    [Fact]
    public async Task A_failed_replace_keeps_the_previous_scores()
    {
        await using SqliteResultStore store = await OpenWithResponsesAsync();
        ScoreRecord[] first = [StorageSamples.Score("q-2", "bm25", 1, "correct", 1)];
        await store.ReplaceScoresAsync(StorageSamples.RunId, first);
        ScoreRecord duplicate = StorageSamples.Score("q-10", "cloud-mini", 1, "correct", 0);

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(
            () => store.ReplaceScoresAsync(StorageSamples.RunId, [duplicate, duplicate with { Value = 1 }]));

        Assert.Equal(first, await ReadAllAsync(store, StorageSamples.RunId));
    }

    [Fact]
    public async Task A_score_of_another_run_is_rejected()
    {
        await using SqliteResultStore store = await OpenWithResponsesAsync();

        await Assert.ThrowsAsync<ArgumentException>(
            () => store.ReplaceScoresAsync(StorageSamples.RunId, [StorageSamples.Score("q-2", "bm25", 1, "correct", 1, runId: "other-run")]));
    }

    [Fact]
    public async Task Streams_scores_by_item_order_then_provider_then_repeat_then_given_order()
    {
        await using SqliteResultStore store = await OpenWithResponsesAsync();
        ScoreRecord[] scrambled =
        [
            StorageSamples.Score("q-2", "bm25", 1, "correct", 1),
            StorageSamples.Score("q-10", "cloud-mini", 1, "rouge_l", 0.5),
            StorageSamples.Score("q-10", "bm25", 1, "correct", 0),
            StorageSamples.Score("q-10", "cloud-mini", 1, "correct", 1),
        ];

        await store.ReplaceScoresAsync(StorageSamples.RunId, scrambled);

        Assert.Equal([scrambled[2], scrambled[1], scrambled[3], scrambled[0]], await ReadAllAsync(store, StorageSamples.RunId));
    }

    private async Task<SqliteResultStore> OpenWithResponsesAsync()
    {
        SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.File("gaieval.db"));
        await store.CreateRunAsync(StorageSamples.Run(), StorageSamples.Items());
        await store.AddResponseAsync(StorageSamples.Response("q-10", "cloud-mini", 1));
        await store.AddResponseAsync(StorageSamples.Response("q-10", "bm25", 1));
        await store.AddResponseAsync(StorageSamples.Response("q-2", "bm25", 1));
        return store;
    }

    private static async Task<IReadOnlyList<ScoreRecord>> ReadAllAsync(SqliteResultStore store, string runId)
    {
        List<ScoreRecord> scores = [];
        await foreach (ScoreRecord score in store.ReadScoresAsync(runId))
        {
            scores.Add(score);
        }

        return scores;
    }
}
