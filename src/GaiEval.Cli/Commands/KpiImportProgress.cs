namespace GaiEval.Cli.Commands;

using System.Globalization;

/// <summary>Tells on stderr how many rows of a large file have been read, every 100,000 rows.</summary>
internal sealed class KpiImportProgress(TextWriter error) : IProgress<long>
{
    public const long Step = 100_000;

    private long told;

    public void Report(long value)
    {
        if (value / Step > told / Step)
        {
            told = value;
            error.WriteLine($"読み込み中: {(value / Step * Step).ToString("N0", CultureInfo.InvariantCulture)}行");
        }
    }
}
