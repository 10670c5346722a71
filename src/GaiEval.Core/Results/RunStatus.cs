namespace GaiEval.Core.Results;

/// <summary>
/// What has happened to a run: its calls are being made (or it was killed while they were), were stopped, are all stored,
/// are stored and scored, or an unexpected error stopped it. Every state but <see cref="Scored"/> can be resumed.
/// </summary>
public enum RunStatus
{
    /// <summary>Calls are being made (or the process was killed while they were: resumable).</summary>
    Running,

    /// <summary>Stopped by the user (Ctrl+C): resumable.</summary>
    Interrupted,

    /// <summary>The last call is committed, the scores are not (yet): scoring finishes it without calling a provider.</summary>
    CallsComplete,

    /// <summary>Every call and the scores of the answers are committed.</summary>
    Scored,

    /// <summary>An unexpected error stopped the run; its message is in <see cref="RunInfo.Failure"/>. Resumable.</summary>
    Failed,
}
