namespace GaiEval.Benchmarks.Scale;

using System.Globalization;

/// <summary>
/// <c>scale-run [--items N] [--provider openai|baseline] [--latency-ms MS] [--concurrency N] [--sigterm-after S] [--echo] [--keep] [--trace FILE.nettrace]</c>.
/// </summary>
public sealed record ScaleRunOptions(int Items, string Provider, int LatencyMs, int Concurrency, TimeSpan? KillAfter, bool Echo, bool Keep, string? Trace)
{
    public static ScaleRunOptions Parse(string[] args)
    {
        var options = new ScaleRunOptions(3200, "openai", 100, 32, null, false, false, null);
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
                "--trace" => options with { Trace = args[++i] },
                "--keep" => options with { Keep = true },
                _ => throw new ArgumentException("unknown option: " + args[i]),
            };
        }

        return options;
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
