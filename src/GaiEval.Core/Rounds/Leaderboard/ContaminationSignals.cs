namespace GaiEval.Core.Rounds.Leaderboard;

using GaiEval.Core.Analysis.Contamination;

/// <summary>
/// A submission's contamination signals: the public-minus-hidden gap (null when not measured), the canary, the
/// completion probes (endpoints) and the reference copy (answers files). 汚染の疑い when the canary was found, a probe
/// was completed or a reference was copied; a suspect gap asks for a closer look.
/// </summary>
public sealed record ContaminationSignals(SubmissionKind Kind, SplitGap? Gap, CanarySignal Canary, CompletionSignal Completion, ReferenceCopySignal Copy)
{
    public const string CanaryName = "カナリア";

    public const string CompletionName = "補完プローブ";

    public const string GapName = "公開と非公開の差";

    public const string CopyName = "模範解答の書き写し";

    public bool Suspect => Canary.Flagged || Completion.Flagged || Copy.Flagged;

    /// <summary>Whether the gap was measured: both splits have decided answers.</summary>
    public bool GapMeasured => Gap is { Public.N: > 0, Hidden.N: > 0 };

    public bool GapSuspect => GapMeasured && Gap!.Suspect;

    /// <summary>The signals that apply to the submission but were not measured in full (a partly measured one is named with （一部））.</summary>
    public IReadOnlyList<string> NotMeasuredInFull => [.. Applicable().Where(s => !s.Full).Select(s => s.Partly ? s.Name + "（一部）" : s.Name)];

    /// <summary>Whether any signal that applies was measured, at least in part.</summary>
    public bool AnyMeasured => Applicable().Any(s => s.Full || s.Partly);

    private IEnumerable<(string Name, bool Full, bool Partly)> Applicable()
    {
        yield return (CanaryName, Canary.Measured, false);
        if (Kind == SubmissionKind.Endpoint)
        {
            yield return (CompletionName, Completion.Complete, Completion.Measured && !Completion.Complete);
            yield return (GapName, GapMeasured, false);
        }
        else
        {
            yield return (CopyName, Copy.Measured, false);
        }
    }
}
