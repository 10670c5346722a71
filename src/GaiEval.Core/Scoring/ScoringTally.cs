namespace GaiEval.Core.Scoring;

using System.Diagnostics;
using GaiEval.Core.Running;

/// <summary>
/// Counts scored answers from parallel workers and reports each to the progress, out of all the run's answers: those
/// scored earlier (while the calls ran) are counted from the start and reported once.
/// </summary>
internal sealed class ScoringTally
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly string scorer;
    private readonly int total;
    private readonly int earlier;
    private readonly IProgress<RunProgress>? progress;
    private int finished;

    public ScoringTally(string scorer, int total, IProgress<RunProgress>? progress, int earlier = 0)
    {
        (this.scorer, this.total, this.earlier, this.progress, finished) = (scorer, total, earlier, progress, earlier);
        if (earlier > 0)
        {
            Report(earlier);
        }
    }

    /// <summary>The answers scored since this tally began.</summary>
    public int Scored => Volatile.Read(ref finished) - earlier;

    public void Add() => Report(Interlocked.Increment(ref finished));

    private void Report(int count) => progress?.Report(new RunProgress(count, total, 0, scorer, count, total, clock.Elapsed));
}
