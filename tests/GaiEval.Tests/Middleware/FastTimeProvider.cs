namespace GaiEval.Tests.Middleware;

/// <summary>
/// The system clock with every timer shortened by <see cref="Factor"/>, so a 1 s backoff takes 1 ms. Records the
/// requested (unshortened) due times.
/// </summary>
internal sealed class FastTimeProvider(double factor = 1000) : TimeProvider
{
    private readonly List<TimeSpan> requested = [];

    public double Factor { get; } = factor;

    public IReadOnlyList<TimeSpan> RequestedDueTimes
    {
        get
        {
            lock (requested)
            {
                return [.. requested];
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (requested)
        {
            requested.Add(dueTime);
        }

        return new FastTimer(System.CreateTimer(callback, state, Shorten(dueTime), Shorten(period)), this);
    }

    private TimeSpan Shorten(TimeSpan span) =>
        span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : span / Factor;

    private sealed class FastTimer(ITimer inner, FastTimeProvider provider) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(provider.Shorten(dueTime), provider.Shorten(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
