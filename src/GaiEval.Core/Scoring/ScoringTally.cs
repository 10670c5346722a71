namespace GaiEval.Core.Scoring;

using System.Diagnostics;
using GaiEval.Core.Running;

/// <summary>Counts scored answers from parallel workers and reports each to the progress.</summary>
internal sealed class ScoringTally(string scorer, int total, IProgress<RunProgress>? progress)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private int scored;

    public int Scored => Volatile.Read(ref scored);

    public void Add()
    {
        int finished = Interlocked.Increment(ref scored);
        progress?.Report(new RunProgress(finished, total, 0, scorer, finished, total, clock.Elapsed));
    }
}
