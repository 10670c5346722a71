namespace GaiEval.Benchmarks.Scale;

using System.Diagnostics;
using System.Globalization;
using GaiEval.Core.Model;
using GaiEval.Core.Results;
using GaiEval.Storage;
using GaiEval.Storage.Location;
using GaiEval.Storage.Postgres;
using GaiEval.Tests.Storage;
using GaiEval.Tests.Support;

/// <summary>
/// <c>store-throughput [--responses N] [--writers K] [--db LOCATION]</c>: the store alone, without the provider or scoring:
/// N responses of about the size a real answer has, each committed through <see cref="IResultStore.AddResponseAsync"/> by
/// K writers at once (as the run's concurrent calls do), into a new SQLite file or a new database on the PostgreSQL server
/// named. Prints the wall time, responses per second and the count read back.
/// </summary>
public static class StoreThroughput
{
    public const string Switch = "store-throughput";

    public static async Task<int> RunAsync(string[] args)
    {
        int responses = 3200;
        int writers = 32;
        string? db = null;
        for (int i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--responses": responses = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--writers": writers = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--db": db = args[++i]; break;
                default: throw new ArgumentException("unknown option: " + args[i]);
            }
        }

        string folder = Directory.CreateTempSubdirectory("gaieval-store-").FullName;
        try
        {
            await using ScaleStore target = await ScaleStore.CreateAsync(db, asGiven: false, folder);
            IEvalStore store = target.Location.Engine == StoreEngine.Sqlite
                ? await SqliteResultStore.OpenAsync(target.Location.Target)
                : await PostgresResultStore.OpenAsync(target.Location.Target);
            try
            {
                GoldItem[] items = [.. Enumerable.Range(0, responses).Select(n => StoredRun.Item(FormattableString.Invariant($"s-{n:000000}")))];
                var plan = StoredRun.PlanOf(StoredRun.Provider("cloud"));
                await store.CreateRunAsync(StoredRun.RunInfoFor(plan, items.Length), items);

                int next = -1;
                var watch = Stopwatch.StartNew();
                await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
                {
                    for (int n = Interlocked.Increment(ref next); n < responses; n = Interlocked.Increment(ref next))
                    {
                        await store.AddResponseAsync(Response(items[n].Id));
                    }
                })));
                watch.Stop();

                long stored = await target.CountResponsesAsync();
                FormattableString line = $"responses={responses} writers={writers} db={target.Location.Engine.ToString().ToLowerInvariant()} wall_s={watch.Elapsed.TotalSeconds:0.00} responses_per_s={responses / watch.Elapsed.TotalSeconds:0} stored_responses={stored}";
                Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
                return stored == responses ? 0 : 1;
            }
            finally
            {
                if (store is IAsyncDisposable disposable)
                {
                    await disposable.DisposeAsync();
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The storage tests' response, with every field set, and an answer of about 200 characters.</summary>
    private static ResponseRecord Response(string itemId) =>
        StorageSamples.Response(itemId, "cloud", 1, StoredRun.RunId) with
        {
            Text = string.Concat(Enumerable.Repeat("住民票の写しは区役所1階の戸籍住民課で、1通300円で交付します。", 6)),
        };
}
