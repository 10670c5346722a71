namespace GaiEval.Benchmarks.Scale;

using System.Globalization;

/// <summary>
/// The peak resident set of each stage of a <c>gaieval run</c> (calls, scoring, reading, analysis, each report file),
/// told by the stage lines the command prints on standard error. At each new stage the kernel's high-water mark of the
/// process (VmHWM) is read for the stage that ended and reset (<c>/proc/PID/clear_refs</c> ← 5); between lines it is read
/// every 50 ms, so the last stage is measured too. The reset also resets the process's maximum that getrusage reports, so
/// with stages the whole run's peak is the largest stage's. Each stage's CPU seconds and wall seconds are taken at its
/// boundaries from <c>/proc/PID/stat</c> (user + system ticks). Linux only; elsewhere nothing is measured.
/// </summary>
public sealed class StagePeaks : IDisposable
{
    /// <summary>The stage before the first stage line: the provider checks, the test set and the calls.</summary>
    public const string Calls = "呼び出し";

    private static readonly string[] Stages = ["採点の準備", "採点の保存", "採点", "結果の読み込み", "KPI", "分析", "レポート"];

    private readonly Lock gate = new();
    private readonly Dictionary<string, long> peaksKb = [];
    private readonly Dictionary<string, (double CpuSeconds, double WallSeconds)> times = [];
    private readonly System.Diagnostics.Stopwatch sinceStart = new();
    private double stageStartCpu;
    private double stageStartWall;
    private readonly List<string> order = [];
    private int pid;
    private Timer? poller;
    private string stage = Calls;

    /// <summary>Stage name and peak in KiB, in the order the stages came.</summary>
    public IReadOnlyList<(string Stage, long PeakKb)> Peaks
    {
        get
        {
            lock (gate)
            {
                return [.. order.Select(s => (s, peaksKb[s]))];
            }
        }
    }

    public void Start(int processId)
    {
        pid = processId;
        sinceStart.Start();
        Reset();
        poller = new Timer(_ => Poll(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(50));
    }

    /// <summary>Told every line of the command's standard error.</summary>
    public void OnLine(string line)
    {
        string? next = StageOf(line);
        lock (gate)
        {
            if (next is null || next == stage)
            {
                return;
            }

            Record(stage, ReadHighWaterKb());
            EndStage();
            stage = next;
            Reset();
        }
    }

    /// <summary>Told when the process has exited, with its whole CPU time and wall time: the last stage ends there.</summary>
    public void Stop(TimeSpan cpu, TimeSpan wall)
    {
        lock (gate)
        {
            poller?.Dispose();
            EndStage(cpu.TotalSeconds, wall.TotalSeconds);
        }
    }

    /// <summary>One line: <c>stage_peak_rss_mb=呼び出し:120.5,採点:140.2,…</c>.</summary>
    public string Format() => "stage_peak_rss_mb=" + string.Join(
        ',', Peaks.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Stage}:{p.PeakKb / 1024.0:0.0}")));

    /// <summary>One line: <c>stage_cpu_wall_s=呼び出し:1.20/10.90,採点:0.40/0.45,…</c>.</summary>
    public string FormatTimes()
    {
        lock (gate)
        {
            return "stage_cpu_wall_s=" + string.Join(
                ',', order.Where(times.ContainsKey).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s}:{times[s].CpuSeconds:0.00}/{times[s].WallSeconds:0.00}")));
        }
    }

    public void Dispose() => poller?.Dispose();

    private void EndStage() => EndStage(ReadCpuSeconds(), sinceStart.Elapsed.TotalSeconds);

    private void EndStage(double cpu, double wall)
    {
        (double c, double w) = times.GetValueOrDefault(stage);
        times[stage] = (c + cpu - stageStartCpu, w + wall - stageStartWall);
        stageStartCpu = cpu;
        stageStartWall = wall;
    }

    /// <summary>User + system CPU seconds of the process so far; once it has exited, those of the stage's start.</summary>
    private double ReadCpuSeconds()
    {
        if (!File.Exists($"/proc/{pid}/stat"))
        {
            return stageStartCpu;
        }

        string stat = File.ReadAllText($"/proc/{pid}/stat");
        string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // Fields 14 and 15 of stat (utime, stime), counted from the state field (3), in clock ticks of 1/100 s.
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    private static string? StageOf(string line)
    {
        string text = line.Trim('\r', ' ');
        // run writes its report files at once, one counted step (「レポート 3/7 43%」); report writes them one by one (「レポート report.html」).
        if (text.StartsWith("レポート ", StringComparison.Ordinal) && !char.IsAsciiDigit(text["レポート ".Length]))
        {
            int end = text.IndexOf("  経過", StringComparison.Ordinal);
            return end < 0 ? text : text[..end];
        }

        return Stages.FirstOrDefault(s => text.StartsWith(s, StringComparison.Ordinal) && (text.Length == s.Length || text[s.Length] is ' ' or '（'));
    }

    private void Poll()
    {
        lock (gate)
        {
            Record(stage, ReadHighWaterKb());
        }
    }

    private void Record(string name, long kb)
    {
        if (kb <= 0)
        {
            return;
        }

        if (peaksKb.TryGetValue(name, out long before))
        {
            peaksKb[name] = Math.Max(before, kb);
        }
        else
        {
            peaksKb[name] = kb;
            order.Add(name);
        }
    }

    /// <summary>VmHWM of the process in KiB; 0 once it has exited.</summary>
    private long ReadHighWaterKb()
    {
        try
        {
            foreach (string line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }

    private void Reset()
    {
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
