namespace GaiEval.Benchmarks.Scale;

using System.Globalization;

/// <summary>
/// <c>scale-run [--items N] [--provider openai|baseline] [--latency-ms MS] [--concurrency N] [--sigterm-after S] [--echo] [--keep] [--cli PATH/gaieval.dll|PATH/gaieval] [--db LOCATION [--same-db]] [--wrap "PROFILER ARGS --"]</c>.
/// With <c>--wrap</c> the command runs under a profiler, e.g. <c>--wrap "perf record -F 499 -g -o run.perf --"</c> (with
/// DOTNET_PerfMapEnabled=1 in the environment) or <c>--wrap "dotnet-trace collect -o run.nettrace --"</c>; the figures then
/// include the profiler's own process. <c>--db</c> names a SQLite file or a PostgreSQL server (postgres://…, Host=…), on
/// which each run gets a new database (see <see cref="ScaleStore"/>), or with <c>--same-db</c> writes to the database named, as
/// several runs at once do; without it each run writes a new SQLite file. <c>--cli</c> names the command measured: a gaieval.dll
/// (run through dotnet) or the native executable of the Native AOT publish.
/// </summary>
public sealed record ScaleRunOptions(int Items, string Provider, int LatencyMs, int Concurrency, TimeSpan? KillAfter, bool Echo, bool Keep, IReadOnlyList<string> Wrap, string? Cli, string? Db, bool SameDb)
{
    public static ScaleRunOptions Parse(string[] args)
    {
        var options = new ScaleRunOptions(3200, "openai", 100, 32, null, false, false, [], null, null, false);
        for (int i = 1; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--items" => options with { Items = Number(args[++i]) },
                "--provider" => options with { Provider = args[++i] },
                "--latency-ms" => options with { LatencyMs = Number(args[++i]) },
                "--concurrency" => options with { Concurrency = Number(args[++i]) },
                "--sigterm-after" => options with { KillAfter = TimeSpan.FromSeconds(double.Parse(args[++i], CultureInfo.InvariantCulture)) },
                "--echo" => options with { Echo = true },
                "--wrap" => options with { Wrap = args[++i].Split(' ', StringSplitOptions.RemoveEmptyEntries) },
                "--cli" => options with { Cli = Path.GetFullPath(args[++i]) },
                "--db" => options with { Db = args[++i] },
                "--same-db" => options with { SameDb = true },
                "--keep" => options with { Keep = true },
                _ => throw new ArgumentException("unknown option: " + args[i]),
            };
        }

        return options;
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
