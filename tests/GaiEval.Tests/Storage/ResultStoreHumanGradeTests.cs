using GaiEval.Core.Results;
using GaiEval.Tests.Storage.Engines;

namespace GaiEval.Tests.Storage;

/// <summary>Runs against every engine: <see cref="Engines.SqliteStoreTests"/> and <see cref="Engines.PostgresStoreTests"/> name the classes.</summary>
public abstract class ResultStoreHumanGradeTests(EngineStore engine) : IAsyncLifetime
{
    protected EngineStore Engine { get; } = engine;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Engine.DisposeAsync();

    [SkippableFact]
    public async Task Reads_grades_back_with_every_field_and_the_offset()
    {
        await using IResultStore store = await OpenWithResponsesAsync();
        HumanGradeRecord[] grades =
        [
            StorageSamples.Grade("q-10", "cloud-mini", 1, HumanGrade.Partial, "窓口は正しいがコンビニ交付に触れていない"),
            StorageSamples.Grade("q-10", "cloud-mini", 2, HumanGrade.Wrong) with
            {
                GradedAt = new DateTimeOffset(2025, 6, 2, 1, 2, 3, TimeSpan.FromHours(-5)).AddTicks(1),
            },
            StorageSamples.Grade("q-2", "bm25", 1, HumanGrade.Correct),
        ];

        await store.SaveHumanGradesAsync(grades);

        IReadOnlyList<HumanGradeRecord> read = await ReadAllAsync(store, StorageSamples.RunId);
        Assert.Equal(grades, read);
        Assert.Equal(TimeSpan.FromHours(-5), read[1].GradedAt.Offset);
        Assert.Equal(
            ["partial", "wrong", "correct"],
            await Engine.QueryAsync<string>("SELECT grade FROM human_grades ORDER BY item_id, provider_id, repeat"));
    }

    [SkippableFact]
    public async Task Grading_an_answer_again_replaces_the_earlier_grade_and_keeps_the_others()
    {
        await using IResultStore store = await OpenWithResponsesAsync();
        HumanGradeRecord other = StorageSamples.Grade("q-2", "bm25", 1, HumanGrade.Correct);
        await store.SaveHumanGradesAsync([StorageSamples.Grade("q-10", "cloud-mini", 1, HumanGrade.Wrong, "誤り"), other]);
        HumanGradeRecord regrade = StorageSamples.Grade("q-10", "cloud-mini", 1, HumanGrade.Correct) with
        {
            Reviewer = "税務課 鈴木",
            GradedAt = new DateTimeOffset(2025, 6, 3, 10, 0, 0, StorageSamples.Jst),
        };

        await store.SaveHumanGradesAsync([regrade]);

        Assert.Equal([regrade, other], await ReadAllAsync(store, StorageSamples.RunId));
    }

    [SkippableFact]
    public async Task Streams_the_runs_own_grades_by_item_order_then_provider_then_repeat()
    {
        await using IResultStore store = await OpenWithResponsesAsync();
        await store.CreateRunAsync(StorageSamples.Run("other-run"), StorageSamples.Items());
        await store.AddResponseAsync(StorageSamples.Response("q-10", "bm25", 1, runId: "other-run"));
        HumanGradeRecord[] scrambled =
        [
            StorageSamples.Grade("q-2", "bm25", 1, HumanGrade.Correct),
            StorageSamples.Grade("q-10", "cloud-mini", 2, HumanGrade.Wrong),
            StorageSamples.Grade("q-10", "bm25", 1, HumanGrade.Wrong, runId: "other-run"),
            StorageSamples.Grade("q-10", "cloud-mini", 1, HumanGrade.Partial),
            StorageSamples.Grade("q-10", "bm25", 1, HumanGrade.Correct),
        ];

        await store.SaveHumanGradesAsync(scrambled);

        Assert.Equal([scrambled[4], scrambled[3], scrambled[1], scrambled[0]], await ReadAllAsync(store, StorageSamples.RunId));
        Assert.Equal([scrambled[2]], await ReadAllAsync(store, "other-run"));
    }

    [SkippableFact]
    public async Task A_grade_of_an_answer_that_is_not_stored_rejects_the_whole_batch()
    {
        await using IResultStore store = await OpenWithResponsesAsync();
        HumanGradeRecord earlier = StorageSamples.Grade("q-2", "bm25", 1, HumanGrade.Wrong);
        await store.SaveHumanGradesAsync([earlier]);

        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => store.SaveHumanGradesAsync(
            [
                StorageSamples.Grade("q-2", "bm25", 1, HumanGrade.Correct),
                StorageSamples.Grade("q-10", "bm25", 1, HumanGrade.Correct),
                StorageSamples.Grade("q-1", "cloud-mini", 3, HumanGrade.Correct),
            ]));

        Assert.Contains("'q-1'", error.Message);
        Assert.Contains("repeat 3", error.Message);
        Assert.Equal([earlier], await ReadAllAsync(store, StorageSamples.RunId));
    }

    [SkippableFact]
    public async Task Saved_grades_survive_closing_and_reopening_the_store()
    {
        HumanGradeRecord[] grades =
        [
            StorageSamples.Grade("q-10", "bm25", 1, HumanGrade.Partial, "一部のみ"),
            StorageSamples.Grade("q-2", "bm25", 1, HumanGrade.Correct),
        ];
        await using (IResultStore first = await OpenWithResponsesAsync())
        {
            await first.SaveHumanGradesAsync(grades);
        }

        await using IResultStore reopened = await Engine.OpenAsync();

        Assert.Equal(grades, await ReadAllAsync(reopened, StorageSamples.RunId));
    }

    private Task<IResultStore> OpenWithResponsesAsync() =>
        Engine.OpenWithResponsesAsync(("q-10", "cloud-mini", 1), ("q-10", "cloud-mini", 2), ("q-10", "bm25", 1), ("q-2", "bm25", 1));

    private static async Task<IReadOnlyList<HumanGradeRecord>> ReadAllAsync(IResultStore store, string runId) => await store.ReadHumanGradesAsync(runId).ToListAsync();
}
