namespace GaiEval.Core.Running;

using System.Diagnostics;
using GaiEval.Core.Results;

/// <summary>Counts finished calls from many tasks at once and reports each one.</summary>
internal sealed class ProgressTally(IReadOnlyDictionary<string, int> totals, IProgress<RunProgress>? progress)
{
    private readonly long started = Stopwatch.GetTimestamp();
    private readonly Dictionary<string, int> finishedByProvider = totals.Keys.ToDictionary(k => k, _ => 0);
    private readonly int total = totals.Values.Sum();
    private int finished;
    private int failed;
    private int withheld;

    public int Failed => failed;

    public int Withheld => withheld;

    public int Finished => finished;

    public void Add(ResponseRecord record)
    {
        RunProgress snapshot;
        lock (finishedByProvider)
        {
            finished++;
            failed += record.Status is ResponseStatus.Error or ResponseStatus.Timeout ? 1 : 0;
            withheld += record.Status is ResponseStatus.Withheld ? 1 : 0;
            int providerFinished = ++finishedByProvider[record.ProviderId];
            snapshot = new RunProgress(
                finished, total, failed, record.ProviderId, providerFinished, totals[record.ProviderId], Stopwatch.GetElapsedTime(started));
        }

        progress?.Report(snapshot);
    }
}
