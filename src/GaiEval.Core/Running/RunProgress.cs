namespace GaiEval.Core.Running;

/// <summary>A snapshot of a run's progress: calls finished of all calls, overall and for the provider that just finished one.</summary>
public sealed record RunProgress(
    int Finished,
    int Total,
    int Failed,
    string ProviderId,
    int ProviderFinished,
    int ProviderTotal,
    TimeSpan Elapsed);
