using System.Data.Common;
using GaiEval.Core.Model;
using GaiEval.Core.Results;
using GaiEval.Tests.Storage.Engines;

namespace GaiEval.Tests.Storage;

/// <summary>Runs against every engine: <see cref="Engines.SqliteStoreTests"/> and <see cref="Engines.PostgresStoreTests"/> name the classes.</summary>
public abstract class ResultStoreRunTests(EngineStore engine) : IAsyncLifetime
{
    protected EngineStore Engine { get; } = engine;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Engine.DisposeAsync();

    [SkippableFact]
    public async Task Finds_a_created_run_with_every_field()
    {
        await using IResultStore store = await Engine.OpenAsync();
        RunInfo run = StorageSamples.Run();

        await store.CreateRunAsync(run, StorageSamples.Items());

        RunInfo? found = await store.FindRunAsync(run.RunId);
        Assert.NotNull(found);
        StorageAssert.SameRun(run, found);
        Assert.Equal(RunStatus.Running, found.Status);
        Assert.Null(found.FinishedAt);
    }

    [SkippableFact]
    public async Task Finds_no_run_for_an_unknown_id()
    {
        await using IResultStore store = await Engine.OpenAsync();
        await store.CreateRunAsync(StorageSamples.Run(), StorageSamples.Items());

        Assert.Null(await store.FindRunAsync("no-such-run"));
    }

    [SkippableFact]
    public async Task Lists_runs_newest_first_by_instant_whatever_their_offsets()
    {
        await using IResultStore store = await Engine.OpenAsync();
        // 01:00Z, 02:00Z and 03:30Z: sorting the text would give the opposite of the time order.
        RunInfo oldest = StorageSamples.Run("tokyo", new DateTimeOffset(2025, 6, 1, 10, 0, 0, StorageSamples.Jst));
        RunInfo middle = StorageSamples.Run("london", new DateTimeOffset(2025, 6, 1, 2, 0, 0, TimeSpan.Zero));
        RunInfo newest = StorageSamples.Run("new-york", new DateTimeOffset(2025, 5, 31, 22, 30, 0, TimeSpan.FromHours(-5)));

        await store.CreateRunAsync(middle, []);
        await store.CreateRunAsync(oldest, []);
        await store.CreateRunAsync(newest, []);

        IReadOnlyList<RunInfo> runs = await store.ListRunsAsync();
        Assert.Equal(["new-york", "london", "tokyo"], runs.Select(run => run.RunId));
        StorageAssert.SameRun(newest, runs[0]);
    }

    [SkippableFact]
    public async Task Updates_the_status_and_finish_time_and_clears_it_on_resume()
    {
        await using IResultStore store = await Engine.OpenAsync();
        RunInfo run = StorageSamples.Run();
        await store.CreateRunAsync(run, StorageSamples.Items());
        DateTimeOffset finishedAt = new DateTimeOffset(2025, 6, 1, 11, 45, 30, StorageSamples.Jst).AddTicks(42);

        await store.SetRunStatusAsync(run.RunId, RunStatus.Scored, finishedAt);
        RunInfo completed = (await store.FindRunAsync(run.RunId))!;
        await store.SetRunStatusAsync(run.RunId, RunStatus.Running, finishedAt: null);
        RunInfo resumed = (await store.FindRunAsync(run.RunId))!;

        StorageAssert.SameRun(run with { Status = RunStatus.Scored, FinishedAt = finishedAt }, completed);
        StorageAssert.SameRun(run, resumed);
        Assert.Equal("running", await Engine.ScalarAsync<string>("SELECT status FROM runs"));
    }

    [SkippableFact]
    public async Task A_failed_run_keeps_its_message_until_it_is_resumed()
    {
        await using IResultStore store = await Engine.OpenAsync();
        RunInfo run = StorageSamples.Run() with { KnowledgeHash = new string('c', 64) };
        await store.CreateRunAsync(run, StorageSamples.Items());

        await store.MarkRunFailedAsync(run.RunId, "IOException: ディスクがいっぱいです");
        RunInfo failed = (await store.FindRunAsync(run.RunId))!;
        await store.SetRunStatusAsync(run.RunId, RunStatus.Running, finishedAt: null);
        RunInfo resumed = (await store.FindRunAsync(run.RunId))!;

        StorageAssert.SameRun(run with { Status = RunStatus.Failed, Failure = "IOException: ディスクがいっぱいです" }, failed);
        StorageAssert.SameRun(run, resumed);
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.MarkRunFailedAsync("no-such-run", "x"));
    }

    [SkippableFact]
    public async Task The_new_states_are_stored_as_kebab_case_text()
    {
        await using IResultStore store = await Engine.OpenAsync();
        RunInfo run = StorageSamples.Run();
        await store.CreateRunAsync(run, StorageSamples.Items());

        await store.SetRunStatusAsync(run.RunId, RunStatus.CallsComplete, run.StartedAt);
        string callsComplete = await Engine.ScalarAsync<string>("SELECT status FROM runs");
        await store.MarkRunFailedAsync(run.RunId, "x");
        string failed = await Engine.ScalarAsync<string>("SELECT status FROM runs");

        Assert.Equal(("calls-complete", "failed"), (callsComplete, failed));
    }

    [SkippableFact]
    public async Task Setting_the_status_of_an_unknown_run_throws()
    {
        await using IResultStore store = await Engine.OpenAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SetRunStatusAsync("no-such-run", RunStatus.Interrupted, null));
    }

    [SkippableFact]
    public async Task Reads_items_back_in_test_set_order_with_every_field()
    {
        await using IResultStore store = await Engine.OpenAsync();
        IReadOnlyList<GoldItem> items = StorageSamples.Items();
        await store.CreateRunAsync(StorageSamples.Run(), items);
        await store.CreateRunAsync(StorageSamples.Run("other-run"), [items[1]]);

        IReadOnlyList<GoldItem> read = await store.ReadItemsAsync(StorageSamples.RunId);

        Assert.Equal(["q-10", "q-2", "q-1"], read.Select(item => item.Id));
        for (int i = 0; i < items.Count; i++)
        {
            StorageAssert.SameItem(items[i], read[i]);
        }
    }

    [SkippableFact]
    public async Task Reads_items_back_with_their_repeated_short_texts_held_once()
    {
        await using IResultStore store = await Engine.OpenAsync();
        GoldItem first = StorageSamples.Items()[0] with { Category = "税", Tags = ["faq"], Rubric = [] };
        await store.CreateRunAsync(StorageSamples.Run(), [first, first with { Id = "q-copy", Question = "別の質問" }]);

        IReadOnlyList<GoldItem> read = await store.ReadItemsAsync(StorageSamples.RunId);

        Assert.Equal([first.Id, "q-copy"], read.Select(i => i.Id));
        Assert.Equal(["税", "税"], read.Select(i => i.Category));
        Assert.Same(read[0].Category, read[1].Category);
        Assert.Same(read[0].Tags[0], read[1].Tags[0]);
        Assert.Same(read[0].Rubric, read[1].Rubric);
        Assert.Equal([first.Question, "別の質問"], read.Select(i => i.Question));
    }

    [SkippableFact]
    public async Task Stores_the_searchable_item_columns_as_kebab_case_text()
    {
        await using IResultStore store = await Engine.OpenAsync();
        await store.CreateRunAsync(StorageSamples.Run(), StorageSamples.Items());

        IReadOnlyList<string> rows = await Engine.QueryAsync<string>("SELECT ordinal || '|' || item_id || '|' || use || '|' || sensitivity || '|' || expect FROM items ORDER BY ordinal");

        Assert.Equal(["1|q-10|対話生成|internal|answer", "2|q-2|文書作成|public|answer", "3|q-1|対話生成|confidential|refuse"], rows);
    }

    [SkippableFact]
    public async Task A_run_whose_items_repeat_an_id_is_not_stored_at_all()
    {
        await using IResultStore store = await Engine.OpenAsync();
        IReadOnlyList<GoldItem> items = StorageSamples.Items();

        await Assert.ThrowsAnyAsync<DbException>(() => store.CreateRunAsync(StorageSamples.Run(), [items[0], items[1], items[0]]));

        Assert.Null(await store.FindRunAsync(StorageSamples.RunId));
        Assert.Empty(await store.ReadItemsAsync(StorageSamples.RunId));
    }

    [SkippableFact]
    public async Task Creating_a_run_id_twice_throws_and_keeps_the_first()
    {
        await using IResultStore store = await Engine.OpenAsync();
        RunInfo run = StorageSamples.Run();
        await store.CreateRunAsync(run, StorageSamples.Items());

        await Assert.ThrowsAnyAsync<DbException>(() => store.CreateRunAsync(run with { PlanName = "別の計画" }, []));

        StorageAssert.SameRun(run, (await store.FindRunAsync(run.RunId))!);
        Assert.Equal(3, (await store.ReadItemsAsync(run.RunId)).Count);
    }

    [SkippableFact]
    public async Task A_disposed_store_refuses_further_calls()
    {
        IResultStore store = await Engine.OpenAsync();
        await store.DisposeAsync();
        await store.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.CreateRunAsync(StorageSamples.Run(), []));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.FindRunAsync(StorageSamples.RunId));
    }
}
