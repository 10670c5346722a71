using GaiEval.Core.Kpi;
using GaiEval.Core.Results;

namespace GaiEval.Tests.Storage.Engines;

/// <summary>
/// One empty result store of one engine for one test: opened (and opened again) by the test, and looked at past the store
/// with SQL that both engines read the same way.
/// </summary>
public abstract class EngineStore : IAsyncDisposable
{
    /// <summary>"SQLite" or "PostgreSQL", for messages.</summary>
    public abstract string Engine { get; }

    /// <summary>Opens the store; every call opens the same database.</summary>
    public abstract Task<IResultStore> OpenAsync();

    public abstract Task<T> ScalarAsync<T>(string sql);

    public abstract Task<IReadOnlyList<T>> QueryAsync<T>(string sql);

    public async Task<IResultStore> OpenWithRunAsync()
    {
        IResultStore store = await OpenAsync();
        await store.CreateRunAsync(StorageSamples.Run(), StorageSamples.Items());
        return store;
    }

    /// <summary>Opens the store with the sample run and the given finished calls, to score or grade.</summary>
    public async Task<IResultStore> OpenWithResponsesAsync(params (string ItemId, string ProviderId, int Repeat)[] calls)
    {
        IResultStore store = await OpenWithRunAsync();
        foreach ((string itemId, string providerId, int repeat) in calls)
        {
            await store.AddResponseAsync(StorageSamples.Response(itemId, providerId, repeat));
        }

        return store;
    }

    public abstract ValueTask DisposeAsync();
}

/// <summary>The other interfaces both stores implement.</summary>
internal static class EngineStoreExtensions
{
    public static IResponseCache Cache(this IResultStore store) => (IResponseCache)store;

    public static IKpiStore Kpi(this IResultStore store) => (IKpiStore)store;
}
