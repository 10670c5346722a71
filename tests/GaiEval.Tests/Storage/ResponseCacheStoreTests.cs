using GaiEval.Core.Results;
using GaiEval.Storage;
using GaiEval.Tests.Support;

namespace GaiEval.Tests.Storage;

public sealed class ResponseCacheStoreTests : IDisposable
{
    private const string Key = "3f1c0e4b9a";
    private const string Json = """{"messages":[{"role":"assistant","contents":[{"$type":"text","text":"1通300円です。"}]}]}""";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Finds_nothing_for_a_key_never_saved()
    {
        await using SqliteResultStore store = await OpenAsync();

        Assert.Null(await Cache(store).FindAsync(Key));
    }

    [Fact]
    public async Task Finds_a_saved_response_with_its_provider_and_time_in_the_table()
    {
        await using SqliteResultStore store = await OpenAsync();
        DateTimeOffset before = DateTimeOffset.UtcNow.AddSeconds(-1);

        await Cache(store).SaveAsync(Key, "cloud-mini", Json);

        Assert.Equal(Json, await Cache(store).FindAsync(Key));
        Assert.Null(await Cache(store).FindAsync(Key + "0"));
        Assert.Equal(
            $"{Key}|cloud-mini",
            await RawDatabase.ScalarAsync<string>(store.DatabasePath, "SELECT cache_key || '|' || provider_id FROM response_cache"));
        var createdAt = DateTimeOffset.Parse(
            await RawDatabase.ScalarAsync<string>(store.DatabasePath, "SELECT created_at FROM response_cache"),
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(createdAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task Ignores_a_second_save_of_the_same_key_and_keeps_the_first_response()
    {
        await using SqliteResultStore store = await OpenAsync();

        await Cache(store).SaveAsync(Key, "cloud-mini", Json);
        await Cache(store).SaveAsync(Key, "on-prem", """{"messages":[]}""");

        Assert.Equal(Json, await Cache(store).FindAsync(Key));
        Assert.Equal(1L, await RawDatabase.ScalarAsync<long>(store.DatabasePath, "SELECT COUNT(*) FROM response_cache"));
        Assert.Equal("cloud-mini", await RawDatabase.ScalarAsync<string>(store.DatabasePath, "SELECT provider_id FROM response_cache"));
    }

    [Fact]
    public async Task Keeps_saved_responses_when_the_store_is_reopened()
    {
        await using (SqliteResultStore store = await OpenAsync())
        {
            await Cache(store).SaveAsync(Key, "cloud-mini", Json);
        }

        await using SqliteResultStore reopened = await OpenAsync();

        Assert.Equal(Json, await Cache(reopened).FindAsync(Key));
    }

    [Fact]
    public async Task Takes_concurrent_saves_one_at_a_time_without_losing_or_doubling_any()
    {
        await using SqliteResultStore store = await OpenAsync();
        IResponseCache cache = store;

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => cache.SaveAsync($"key-{i % 20}", "cloud-mini", $"{{\"n\":{i % 20}}}"))));

        Assert.Equal(20L, await RawDatabase.ScalarAsync<long>(store.DatabasePath, "SELECT COUNT(*) FROM response_cache"));
        for (int i = 0; i < 20; i++)
        {
            Assert.Equal($"{{\"n\":{i}}}", await cache.FindAsync($"key-{i}"));
        }
    }

    [Fact]
    public async Task Refuses_an_empty_key()
    {
        await using SqliteResultStore store = await OpenAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => Cache(store).SaveAsync("", "cloud-mini", Json));
        await Assert.ThrowsAsync<ArgumentException>(() => Cache(store).FindAsync(""));
    }

    private static IResponseCache Cache(SqliteResultStore store) => store;

    private Task<SqliteResultStore> OpenAsync() => SqliteResultStore.OpenAsync(folder.File("results.db"));
}
