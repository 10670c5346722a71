namespace GaiEval.Tests.Cli.Postgres;

using System.Data.Common;
using GaiEval.Core.Results;
using GaiEval.Tests.Support;

/// <summary>What a run running in another process has stored so far, read from its store.</summary>
public static class StoredCalls
{
    /// <summary>Waits until the newest run of the store holds <paramref name="atLeast"/> responses; the run and how many it holds.</summary>
    public static async Task<(string RunId, int Calls)> WaitForAsync(Func<Task<IResultStore>> open, CliProcess process, int atLeast)
    {
        DateTime deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, "the run ended too early: " + process.Output + process.Error);
            try
            {
                await using IResultStore store = await open();
                if ((await store.ListRunsAsync()).FirstOrDefault() is { } run && (await KeysAsync(store, run.RunId)).Count is var calls && calls >= atLeast)
                {
                    return (run.RunId, calls);
                }
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or DbException)
            {
                // The store is being made by the run.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("no calls were stored within 60 s: " + process.Error);
    }

    public static async Task<List<ResponseKey>> KeysAsync(IResultStore store, string runId)
    {
        List<ResponseKey> keys = [];
        await foreach (ResponseRecord response in store.ReadResponsesAsync(runId))
        {
            keys.Add(new ResponseKey(response.ItemId, response.ProviderId, response.Repeat));
        }

        return keys;
    }
}
