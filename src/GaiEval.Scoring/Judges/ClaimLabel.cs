namespace GaiEval.Scoring.Judges;

/// <summary>How a judge finds one claim of an answer against the passages.</summary>
public enum ClaimLabel
{
    /// <summary>A passage states it ("supported").</summary>
    Supported,

    /// <summary>A passage says otherwise ("contradicted").</summary>
    Contradicted,

    /// <summary>No passage states it ("unsupported").</summary>
    Unsupported,
}
