namespace GaiEval.Cli.Console;

using System.Globalization;
using GaiEval.Core.Running;

/// <summary>
/// Shows a run's progress on standard error: one line rewritten in place on a terminal, or a line every 10% when
/// the output is redirected (CI logs, files).
/// </summary>
internal sealed class ConsoleProgress(TextWriter error, bool interactive) : IProgress<RunProgress>
{
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);
    private readonly Lock gate = new();
    private TimeSpan lastDrawn = -RedrawInterval; // not MinValue: Elapsed - MinValue overflows
    private int lastDecile = -1;
    private bool lineOpen;

    public static ConsoleProgress ForStandardError() => new(System.Console.Error, !System.Console.IsErrorRedirected);

    public void Report(RunProgress value)
    {
        lock (gate)
        {
            bool last = value.Finished == value.Total;
            if (interactive)
            {
                if (last || value.Elapsed - lastDrawn >= RedrawInterval)
                {
                    lastDrawn = value.Elapsed;
                    error.Write("\r" + Line(value) + "   ");
                    lineOpen = true;
                }

                return;
            }

            int decile = value.Total == 0 ? 10 : value.Finished * 10 / value.Total;
            if (decile > lastDecile)
            {
                lastDecile = decile;
                error.WriteLine(Line(value));
            }
        }
    }

    /// <summary>Ends the in-place line so that what follows starts on a new line.</summary>
    public void Complete()
    {
        lock (gate)
        {
            if (lineOpen)
            {
                error.WriteLine();
                lineOpen = false;
            }
        }
    }

    private static string Line(RunProgress p)
    {
        double percent = p.Total == 0 ? 100 : 100.0 * p.Finished / p.Total;
        string failed = p.Failed > 0 ? $"  失敗 {p.Failed}" : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"[{p.Finished}/{p.Total}] {percent:0}%  {p.ProviderId} {p.ProviderFinished}/{p.ProviderTotal}{failed}  経過 {p.Elapsed.TotalSeconds:0.0}秒");
    }
}
