namespace GaiEval.Core.Rounds;

/// <summary>The times written into round files: UTC, to the second.</summary>
public static class RoundClock
{
    public static DateTimeOffset Now(TimeProvider? time = null)
    {
        DateTimeOffset now = (time ?? TimeProvider.System).GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
