namespace GaiEval.Core.Rounds.Leaderboard;

using GaiEval.Core.Analysis.Contamination;

/// <summary>
/// A submission's contamination signals: the public-minus-hidden gap (null when not measured), the canary and the
/// completion probes. 汚染の疑い when the canary was found or a probe was completed; a gap is shown beside it.
/// </summary>
public sealed record ContaminationSignals(SplitGap? Gap, CanarySignal Canary, CompletionSignal Completion)
{
    public bool Suspect => Canary.Flagged || Completion.Flagged;

    /// <summary>Whether the gap was measured: both splits have decided answers.</summary>
    public bool GapMeasured => Gap is { Public.N: > 0, Hidden.N: > 0 };
}
