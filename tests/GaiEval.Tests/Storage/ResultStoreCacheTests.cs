using GaiEval.Core.Results;
using GaiEval.Tests.Storage.Engines;

namespace GaiEval.Tests.Storage;

/// <summary>Runs against every engine: <see cref="Engines.SqliteStoreTests"/> and <see cref="Engines.PostgresStoreTests"/> name the classes.</summary>
public abstract class ResultStoreCacheTests(EngineStore engine) : IAsyncLifetime
{
    private const string Key = "3f1c0e4b9a";
    private const string Json = """{"messages":[{"role":"assistant","contents":[{"$type":"text","text":"1通300円です。"}]}]}""";

    protected EngineStore Engine { get; } = engine;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Engine.DisposeAsync();

    [SkippableFact]
    public async Task Finds_nothing_for_a_key_never_saved()
    {
        await using IResultStore store = await OpenAsync();

        Assert.Null(await store.Cache().FindAsync(Key));
    }

    [SkippableFact]
    public async Task Finds_a_saved_response_with_its_provider_and_time_in_the_table()
    {
        await using IResultStore store = await OpenAsync();
        DateTimeOffset before = DateTimeOffset.UtcNow.AddSeconds(-1);

        await store.Cache().SaveAsync(Key, "cloud-mini", Json);

        Assert.Equal(Json, await store.Cache().FindAsync(Key));
        Assert.Null(await store.Cache().FindAsync(Key + "0"));
        Assert.Equal(
            $"{Key}|cloud-mini",
            await Engine.ScalarAsync<string>("SELECT cache_key || '|' || provider_id FROM response_cache"));
        var createdAt = DateTimeOffset.Parse(
            await Engine.ScalarAsync<string>("SELECT created_at FROM response_cache"),
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(createdAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [SkippableFact]
    public async Task Ignores_a_second_save_of_the_same_key_and_keeps_the_first_response()
    {
        await using IResultStore store = await OpenAsync();

        await store.Cache().SaveAsync(Key, "cloud-mini", Json);
        await store.Cache().SaveAsync(Key, "on-prem", """{"messages":[]}""");

        Assert.Equal(Json, await store.Cache().FindAsync(Key));
        Assert.Equal(1L, await Engine.ScalarAsync<long>("SELECT COUNT(*) FROM response_cache"));
        Assert.Equal("cloud-mini", await Engine.ScalarAsync<string>("SELECT provider_id FROM response_cache"));
    }

    [SkippableFact]
    public async Task Keeps_saved_responses_when_the_store_is_reopened()
    {
        await using (IResultStore store = await OpenAsync())
        {
            await store.Cache().SaveAsync(Key, "cloud-mini", Json);
        }

        await using IResultStore reopened = await OpenAsync();

        Assert.Equal(Json, await reopened.Cache().FindAsync(Key));
    }

    [SkippableFact]
    public async Task Takes_concurrent_saves_one_at_a_time_without_losing_or_doubling_any()
    {
        await using IResultStore store = await OpenAsync();
        IResponseCache cache = store.Cache();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => cache.SaveAsync($"key-{i % 20}", "cloud-mini", $"{{\"n\":{i % 20}}}"))));

        Assert.Equal(20L, await Engine.ScalarAsync<long>("SELECT COUNT(*) FROM response_cache"));
        for (int i = 0; i < 20; i++)
        {
            Assert.Equal($"{{\"n\":{i}}}", await cache.FindAsync($"key-{i}"));
        }
    }

    [SkippableFact]
    public async Task Refuses_an_empty_key()
    {
        await using IResultStore store = await OpenAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.Cache().SaveAsync("", "cloud-mini", Json));
        await Assert.ThrowsAsync<ArgumentException>(() => store.Cache().FindAsync(""));
    }

    private Task<IResultStore> OpenAsync() => Engine.OpenAsync();
}
