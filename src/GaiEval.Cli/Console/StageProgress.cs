namespace GaiEval.Cli.Console;

using System.Diagnostics;
using System.Globalization;
using GaiEval.Core.Running;

/// <summary>
/// Shows on standard error what a command does after the calls (「採点 1200/3200」「分析」「レポート report.html」), in the
/// style of <see cref="ConsoleProgress"/>: on a terminal one line rewritten in place, its elapsed time ticking while a step
/// has no count to show; redirected (CI logs, files), a line when a step starts and every 10% of a counted step.
/// </summary>
internal sealed class StageProgress : IDisposable
{
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(1);
    private readonly TextWriter error;
    private readonly bool interactive;
    private readonly Lock gate = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Timer? ticker;
    private string label = string.Empty;
    private string count = string.Empty;
    private TimeSpan stepStarted;
    private TimeSpan lastDrawn = -RedrawInterval; // not MinValue: Elapsed - MinValue overflows
    private int lastDecile = -1;
    private bool lineOpen;

    public StageProgress(TextWriter error, bool interactive)
    {
        this.error = error;
        this.interactive = interactive;
        ticker = interactive ? new Timer(_ => Tick(), null, TickInterval, TickInterval) : null;
    }

    public static StageProgress ForStandardError() => new(System.Console.Error, !System.Console.IsErrorRedirected);

    /// <summary>
    /// Starts a step (its label is the whole message: 「分析」「レポート report.html」), with the native memory the steps before
    /// it freed given back, so that the steps' peaks do not add up.
    /// </summary>
    public void Step(string name)
    {
        NativeHeap.Trim();
        lock (gate)
        {
            EndLine();
            label = name;
            count = string.Empty;
            stepStarted = clock.Elapsed;
            lastDecile = -1;
            Draw(force: true);
        }
    }

    /// <summary>
    /// A step with a count (「採点 1200/3200」): started now, told of each finished unit by the returned progress. When the
    /// last unit is told, <paramref name="afterLast"/> (what the caller does next without telling, e.g. saving) starts.
    /// </summary>
    public IProgress<RunProgress> Counted(string name, string? afterLast = null)
    {
        Step(name);
        return new CountReporter(this, afterLast);
    }

    /// <summary>Ends the in-place line so that what follows starts on a new line.</summary>
    public void Complete()
    {
        lock (gate)
        {
            EndLine();
        }
    }

    public void Dispose()
    {
        ticker?.Dispose();
        Complete();
    }

    private void Report(int finished, int total)
    {
        lock (gate)
        {
            double percent = total == 0 ? 100 : 100.0 * finished / total;
            count = string.Create(CultureInfo.InvariantCulture, $" {finished}/{total} {percent:0}%");
            if (interactive)
            {
                Draw(force: finished == total || clock.Elapsed - lastDrawn >= RedrawInterval);
                return;
            }

            int decile = total == 0 ? 10 : finished * 10 / total;
            if (decile > lastDecile)
            {
                lastDecile = decile;
                error.WriteLine(Line());
            }
        }
    }

    private void Tick()
    {
        lock (gate)
        {
            if (lineOpen && clock.Elapsed - lastDrawn >= TickInterval)
            {
                Draw(force: true);
            }
        }
    }

    private void Draw(bool force)
    {
        if (!interactive)
        {
            if (force)
            {
                error.WriteLine(label);
            }

            return;
        }

        if (force)
        {
            lastDrawn = clock.Elapsed;
            error.Write("\r" + Line() + "   ");
            lineOpen = true;
        }
    }

    /// <summary>Ends the open line, redrawn first so that it keeps how long its step took.</summary>
    private void EndLine()
    {
        if (lineOpen)
        {
            error.Write("\r" + Line() + "   ");
            error.WriteLine();
            lineOpen = false;
        }
    }

    private string Line() => string.Create(
        CultureInfo.InvariantCulture, $"{label}{count}  経過 {(clock.Elapsed - stepStarted).TotalSeconds:0.0}秒");

    private sealed class CountReporter(StageProgress stages, string? afterLast) : IProgress<RunProgress>
    {
        private bool last;

        public void Report(RunProgress value)
        {
            // Units finish in parallel (a judge): one told after the last would be shown as a count of the next step.
            lock (stages.gate)
            {
                if (last)
                {
                    return;
                }

                stages.Report(value.Finished, value.Total);
                last = value.Finished == value.Total;
                if (last && afterLast is not null)
                {
                    stages.Step(afterLast);
                }
            }
        }
    }
}
