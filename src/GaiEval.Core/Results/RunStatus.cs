namespace GaiEval.Core.Results;

public enum RunStatus
{
    /// <summary>Started and not finished (or killed: resumable).</summary>
    Running,

    /// <summary>Stopped by the user (Ctrl+C): resumable.</summary>
    Interrupted,

    Completed,
}
