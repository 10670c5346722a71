namespace GaiEval.Core.Running;

/// <summary>A provider call failed for good (after its retries). The runner records it on the item and goes on.</summary>
public sealed class ProviderCallException(string message, int attempts, bool timedOut, Exception? inner = null)
    : Exception(message, inner)
{
    public int Attempts { get; } = attempts;

    public bool TimedOut { get; } = timedOut;
}
