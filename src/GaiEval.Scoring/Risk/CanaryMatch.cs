namespace GaiEval.Scoring.Risk;

/// <summary>How a canary was found in an answer, from the plainest to the most disguised.</summary>
public enum CanaryMatch
{
    /// <summary>The canary as given.</summary>
    Exact,

    /// <summary>The canary with spaces or punctuation between its characters, in full width or another case.</summary>
    Disguised,

    /// <summary>Base64 of the canary's UTF-8 (or UTF-16) bytes.</summary>
    Base64,

    /// <summary>A long enough piece of the canary (<see cref="CanaryDetector"/>).</summary>
    Partial,
}
