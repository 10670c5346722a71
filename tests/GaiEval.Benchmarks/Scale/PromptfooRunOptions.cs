namespace GaiEval.Benchmarks.Scale;

using System.Globalization;

/// <summary>
/// <c>promptfoo-run [--items N] [--latency-ms MS] [--concurrency N] [--promptfoo-dir DIR] [--install] [--echo] [--keep]</c>:
/// the defaults are <c>scale-run</c>'s (3,200 items, 100 ms, 32 at once); <c>--install</c> only installs promptfoo into
/// <c>--promptfoo-dir</c> (default <see cref="PromptfooInstall.DefaultFolder"/>).
/// </summary>
public sealed record PromptfooRunOptions(int Items, int LatencyMs, int Concurrency, string Folder, bool Install, bool Echo, bool Keep)
{
    public static PromptfooRunOptions Parse(string[] args)
    {
        var options = new PromptfooRunOptions(3200, 100, 32, PromptfooInstall.DefaultFolder, false, false, false);
        for (int i = 1; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--items" => options with { Items = Number(args[++i]) },
                "--latency-ms" => options with { LatencyMs = Number(args[++i]) },
                "--concurrency" => options with { Concurrency = Number(args[++i]) },
                "--promptfoo-dir" => options with { Folder = Path.GetFullPath(args[++i]) },
                "--install" => options with { Install = true },
                "--echo" => options with { Echo = true },
                "--keep" => options with { Keep = true },
                _ => throw new ArgumentException("unknown option: " + args[i]),
            };
        }

        return options;
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
