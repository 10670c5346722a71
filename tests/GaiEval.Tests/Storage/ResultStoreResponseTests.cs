using GaiEval.Core.Model;
using GaiEval.Core.Results;
using GaiEval.Tests.Storage.Engines;

namespace GaiEval.Tests.Storage;

/// <summary>Runs against every engine: <see cref="Engines.SqliteStoreTests"/> and <see cref="Engines.PostgresStoreTests"/> name the classes.</summary>
public abstract class ResultStoreResponseTests(EngineStore engine) : IAsyncLifetime
{
    protected EngineStore Engine { get; } = engine;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Engine.DisposeAsync();

    [SkippableFact]
    public async Task Reads_a_response_back_with_every_field_and_the_offsets_of_its_times()
    {
        await using IResultStore store = await Engine.OpenWithRunAsync();
        ResponseRecord response = StorageSamples.Response("q-10", "cloud-mini", 1);

        await store.AddResponseAsync(response);

        ResponseRecord read = Assert.Single(await ReadAllAsync(store));
        StorageAssert.SameResponse(response, read);
    }

    [SkippableFact]
    public async Task Reads_back_nulls_empty_retrieved_ids_and_false_flags()
    {
        await using IResultStore store = await Engine.OpenWithRunAsync();
        ResponseRecord withheld = new()
        {
            RunId = StorageSamples.RunId,
            ItemId = "q-1",
            ProviderId = "cloud-mini",
            Repeat = 1,
            Status = ResponseStatus.Withheld,
            StartedAt = new DateTimeOffset(2025, 6, 1, 9, 31, 0, TimeSpan.FromHours(5.5)),
            FinishedAt = new DateTimeOffset(2025, 6, 1, 9, 31, 0, TimeSpan.FromHours(5.5)),
        };

        await store.AddResponseAsync(withheld);

        ResponseRecord read = Assert.Single(await ReadAllAsync(store));
        StorageAssert.SameResponse(withheld, read);
        Assert.Null(read.Text);
        Assert.Null(read.InputTokens);
        Assert.Empty(read.RetrievedIds);
        Assert.False(read.Cached);
    }

    [SkippableTheory]
    [InlineData(ResponseStatus.Ok, TokenSource.Reported, "ok", "reported")]
    [InlineData(ResponseStatus.Error, TokenSource.Estimated, "error", "estimated")]
    [InlineData(ResponseStatus.Timeout, TokenSource.None, "timeout", "none")]
    [InlineData(ResponseStatus.Withheld, TokenSource.None, "withheld", "none")]
    public async Task Stores_enums_as_kebab_case_text_and_reads_them_back(
        ResponseStatus status, TokenSource tokenSource, string statusText, string tokenSourceText)
    {
        await using IResultStore store = await Engine.OpenWithRunAsync();
        ResponseRecord response = StorageSamples.Response("q-2", "on-prem", 3) with
        {
            Status = status,
            TokenSource = tokenSource,
            Error = status == ResponseStatus.Ok ? null : "HTTP 503: Service Unavailable",
        };

        await store.AddResponseAsync(response);

        StorageAssert.SameResponse(response, Assert.Single(await ReadAllAsync(store)));
        Assert.Equal(
            $"{statusText}|{tokenSourceText}",
            await Engine.ScalarAsync<string>("SELECT status || '|' || token_source FROM responses"));
    }

    [SkippableFact]
    public async Task Stores_times_as_round_trip_text_with_their_offset()
    {
        await using IResultStore store = await Engine.OpenWithRunAsync();

        await store.AddResponseAsync(StorageSamples.Response("q-10", "cloud-mini", 1));

        Assert.Equal(
            "2025-06-01T09:31:02.1234567+09:00|2025-05-31T20:31:04.7654321-05:00|[\"住民票.md#交付窓口\",\"戸籍.md\"]",
            await Engine.ScalarAsync<string>("SELECT started_at || '|' || finished_at || '|' || retrieved_ids FROM responses"));
    }

    [SkippableFact]
    public async Task A_response_is_committed_when_its_add_completes()
    {
        await using IResultStore store = await Engine.OpenWithRunAsync();

        await store.AddResponseAsync(StorageSamples.Response("q-10", "cloud-mini", 1));

        Assert.Equal(1L, await Engine.ScalarAsync<long>("SELECT count(*) FROM responses"));
    }

    [SkippableFact]
    public async Task Storing_the_same_call_twice_throws_and_keeps_the_first()
    {
        await using IResultStore store = await Engine.OpenWithRunAsync();
        ResponseRecord first = StorageSamples.Response("q-10", "cloud-mini", 1);
        await store.AddResponseAsync(first);

        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => store.AddResponseAsync(first with { Text = "二回目", Attempts = 5 }));

        Assert.Contains("q-10", error.Message);
        StorageAssert.SameResponse(first, Assert.Single(await ReadAllAsync(store)));
    }

    [SkippableFact]
    public async Task A_response_for_an_item_outside_the_run_throws()
    {
        await using IResultStore store = await Engine.OpenWithRunAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => store.AddResponseAsync(StorageSamples.Response("q-999", "cloud-mini", 1)));

        Assert.Empty(await ReadAllAsync(store));
    }

    [SkippableFact]
    public async Task A_batch_is_stored_whole_in_one_transaction()
    {
        await using IResultStore store = await Engine.OpenWithRunAsync();
        ResponseRecord[] batch = [StorageSamples.Response("q-10", "manual", 1), StorageSamples.Response("q-1", "manual", 1)];

        await store.AddResponsesAsync(batch);

        IReadOnlyList<ResponseRecord> read = await ReadAllAsync(store);
        Assert.Equal(2, read.Count);
        StorageAssert.SameResponse(batch[0], read.Single(r => r.ItemId == "q-10"));
        StorageAssert.SameResponse(batch[1], read.Single(r => r.ItemId == "q-1"));
    }

    [SkippableFact]
    public async Task A_batch_that_fails_in_the_middle_leaves_nothing_stored()
    {
        await using IResultStore store = await Engine.OpenWithRunAsync();
        ResponseRecord stored = StorageSamples.Response("q-1", "cloud-mini", 1);
        await store.AddResponseAsync(stored);
        ResponseRecord[] batch =
        [
            StorageSamples.Response("q-10", "cloud-mini", 1),
            stored with { Text = "二回目" },
            StorageSamples.Response("q-10", "cloud-mini", 2),
        ];

        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.AddResponsesAsync(batch));

        Assert.Contains("q-1", error.Message);
        StorageAssert.SameResponse(stored, Assert.Single(await ReadAllAsync(store)));

        // The failed batch left no transaction open: the next write works.
        await store.AddResponseAsync(batch[0]);
        Assert.Equal(2, (await ReadAllAsync(store)).Count);
    }

    [SkippableFact]
    public async Task Calls_finishing_at_once_are_each_stored_once_and_a_duplicate_among_them_fails_alone()
    {
        await using IResultStore store = await Engine.OpenWithRunAsync();
        await store.AddResponseAsync(StorageSamples.Response("q-2", "bm25", 1));
        ResponseRecord[] calls =
        [
            .. Enumerable.Range(1, 60).Select(repeat => StorageSamples.Response("q-10", "cloud-mini", repeat)),
            StorageSamples.Response("q-2", "bm25", 1),
        ];

        Task[] adding = [.. calls.Select(call => Task.Run(() => store.AddResponseAsync(call)))];
        Task all = Task.WhenAll(adding);
        await Assert.ThrowsAnyAsync<Exception>(() => all);

        InvalidOperationException duplicate = Assert.IsType<InvalidOperationException>(Assert.Single(all.Exception!.InnerExceptions));
        Assert.Contains("already holds", duplicate.Message);
        Assert.Equal(61, await Engine.ScalarAsync<long>("SELECT COUNT(*) FROM responses"));
        Assert.Equal(60, await Engine.ScalarAsync<long>("SELECT COUNT(DISTINCT repeat) FROM responses WHERE item_id = 'q-10'"));
    }

    [SkippableFact]
    public async Task Reads_the_keys_of_every_stored_response_of_the_run_only()
    {
        await using IResultStore store = await Engine.OpenWithRunAsync();
        await store.CreateRunAsync(StorageSamples.Run("other-run"), StorageSamples.Items());
        await store.AddResponseAsync(StorageSamples.Response("q-10", "cloud-mini", 1));
        await store.AddResponseAsync(StorageSamples.Response("q-10", "cloud-mini", 2) with { Status = ResponseStatus.Error });
        await store.AddResponseAsync(StorageSamples.Response("q-1", "bm25", 1) with { Status = ResponseStatus.Withheld });
        await store.AddResponseAsync(StorageSamples.Response("q-2", "bm25", 1, runId: "other-run"));

        IReadOnlySet<ResponseKey> keys = await store.ReadResponseKeysAsync(StorageSamples.RunId);

        Assert.True(keys.SetEquals([new("q-10", "cloud-mini", 1), new("q-10", "cloud-mini", 2), new("q-1", "bm25", 1)]));
        Assert.Empty(await store.ReadResponseKeysAsync("no-such-run"));
    }

    [SkippableFact]
    public async Task Streams_responses_by_item_order_then_provider_then_repeat()
    {
        await using IResultStore store = await Engine.OpenWithRunAsync();
        (string Item, string Provider, int Repeat)[] scrambled =
        [
            ("q-1", "bm25", 2), ("q-10", "cloud-mini", 2), ("q-2", "bm25", 1), ("q-10", "bm25", 10),
            ("q-1", "bm25", 1), ("q-10", "cloud-mini", 1), ("q-10", "bm25", 2),
        ];
        foreach ((string item, string provider, int repeat) in scrambled)
        {
            await store.AddResponseAsync(StorageSamples.Response(item, provider, repeat));
        }

        IReadOnlyList<ResponseRecord> read = await ReadAllAsync(store);

        Assert.Equal(
            ["q-10/bm25/2", "q-10/bm25/10", "q-10/cloud-mini/1", "q-10/cloud-mini/2", "q-2/bm25/1", "q-1/bm25/1", "q-1/bm25/2"],
            read.Select(response => $"{response.ItemId}/{response.ProviderId}/{response.Repeat}"));
    }

    [SkippableFact]
    public async Task Stores_every_response_added_from_eight_tasks_at_once()
    {
        const int Tasks = 8;
        const int PerTask = 50;
        await using IResultStore store = await Engine.OpenAsync();
        GoldItem[] items = [.. Enumerable.Range(1, PerTask).Select(i => new GoldItem { Id = $"item-{i:D3}", Category = "税", Use = ItemUses.Dialogue, Question = $"質問{i}" })];
        await store.CreateRunAsync(StorageSamples.Run(), items);

        await Task.WhenAll(Enumerable.Range(0, Tasks).Select(task => Task.Run(async () =>
        {
            foreach (GoldItem item in items)
            {
                await store.AddResponseAsync(StorageSamples.Response(item.Id, $"provider-{task}", 1));
            }
        })));

        IReadOnlySet<ResponseKey> keys = await store.ReadResponseKeysAsync(StorageSamples.RunId);
        HashSet<ResponseKey> expected = [.. items.SelectMany(item => Enumerable.Range(0, Tasks).Select(task => new ResponseKey(item.Id, $"provider-{task}", 1)))];
        Assert.Equal(Tasks * PerTask, keys.Count);
        Assert.True(keys.SetEquals(expected));
        Assert.Equal(Tasks * PerTask, (await ReadAllAsync(store)).Count);
    }

    private static async Task<IReadOnlyList<ResponseRecord>> ReadAllAsync(IResultStore store)
    {
        List<ResponseRecord> responses = [];
        await foreach (ResponseRecord response in store.ReadResponsesAsync(StorageSamples.RunId))
        {
            responses.Add(response);
        }

        return responses;
    }
}
