namespace GaiEval.Core.Running;

using GaiEval.Core.Results;

/// <summary>
/// The call the runner is making, visible to middleware through the async flow (as <c>Activity.Current</c> is), so that,
/// for example, the response cache keeps repeats apart without sending anything extra to the provider.
/// </summary>
public static class CallContext
{
    private static readonly AsyncLocal<ResponseKey?> CurrentKey = new();

    /// <summary>The item, provider and repeat of the call in progress; null outside a run.</summary>
    public static ResponseKey? Current
    {
        get => CurrentKey.Value;
        internal set => CurrentKey.Value = value;
    }
}
