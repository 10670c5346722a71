namespace GaiEval.Benchmarks.Scale;

using System.Diagnostics;
using System.Runtime.InteropServices;

/// <summary>
/// A child process run to its end, with its wall time, and its CPU time and peak resident set from the kernel's account of
/// waited-for children (getrusage), which counts the whole process and not only the managed heap.
/// </summary>
/// <param name="ErrorTail">The last lines the process wrote to its standard error, to show why it failed.</param>
public sealed partial record MeasuredProcess(int ExitCode, TimeSpan Wall, TimeSpan Cpu, long PeakRssKb, TimeSpan? SignalToExit, IReadOnlyList<string> ErrorTail)
{
    private const int ErrorTailLines = 5;
    private const int RusageChildren = -1;
    private const int SigTerm = 15;

    /// <summary>Runs the command; with <paramref name="terminateAfter"/>, sends SIGTERM after that long and times the exit.</summary>
    /// <param name="stages">When given, follows the process's peak resident set stage by stage from its standard error.</param>
    public static async Task<MeasuredProcess> RunAsync(
        string file,
        IEnumerable<string> arguments,
        TimeSpan? terminateAfter,
        bool echo,
        IReadOnlyDictionary<string, string>? environment = null,
        StagePeaks? stages = null)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach ((string name, string value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        Usage before = ChildUsage();
        var watch = Stopwatch.StartNew();
        using Process process = Process.Start(info)!;
        stages?.Start(process.Id);
        var errorTail = new Queue<string>();
        Task output = Pump(process.StandardOutput, echo, null, null);
        Task errors = Pump(process.StandardError, echo, stages, errorTail);
        TimeSpan? signalToExit = null;
        if (terminateAfter is { } delay)
        {
            await Task.Delay(delay);
            var sinceSignal = Stopwatch.StartNew();
            _ = Kill(process.Id, SigTerm);
            await process.WaitForExitAsync();
            signalToExit = sinceSignal.Elapsed;
        }

        await process.WaitForExitAsync();
        await Task.WhenAll(output, errors);
        watch.Stop();
        Usage after = ChildUsage();
        return new MeasuredProcess(process.ExitCode, watch.Elapsed, after.Cpu - before.Cpu, after.MaxRssKb, signalToExit, [.. errorTail]);
    }

    private static async Task Pump(StreamReader reader, bool echo, StagePeaks? stages, Queue<string>? tail)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            stages?.OnLine(line);
            if (tail is not null && line.Trim().Length > 0)
            {
                tail.Enqueue(line);
                if (tail.Count > ErrorTailLines)
                {
                    tail.Dequeue();
                }
            }

            if (echo)
            {
                Console.WriteLine("  | " + line);
            }
        }
    }

    private static Usage ChildUsage()
    {
        if (GetRusage(RusageChildren, out RUsage usage) != 0)
        {
            throw new InvalidOperationException("getrusage failed");
        }

        TimeSpan cpu = TimeSpan.FromSeconds(usage.UserSeconds + usage.SystemSeconds + ((usage.UserMicroseconds + usage.SystemMicroseconds) / 1e6));
        return new Usage(cpu, usage.MaxRss);
    }

    [LibraryImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static partial int GetRusage(int who, out RUsage usage);

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    private readonly record struct Usage(TimeSpan Cpu, long MaxRssKb);

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss;
        public long IxRss;
        public long IdRss;
        public long IsRss;
        public long MinFlt;
        public long MajFlt;
        public long NSwap;
        public long InBlock;
        public long OuBlock;
        public long MsgSnd;
        public long MsgRcv;
        public long NSignals;
        public long NVCsw;
        public long NIvCsw;
    }
}
