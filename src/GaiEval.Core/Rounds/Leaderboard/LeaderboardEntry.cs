namespace GaiEval.Core.Rounds.Leaderboard;

using GaiEval.Core.Decision;

/// <summary>One submission on the leaderboard: who it is, its criteria verdict, its signals, and what its feedback shows.</summary>
public sealed record LeaderboardEntry
{
    public required RoundEntry Entry { get; init; }

    /// <summary>The verdict under the run's criteria on hidden items only; null when the run has no criteria (NOT MEASURED); never a pass for an answers file.</summary>
    public ProviderVerdict? Verdict { get; init; }

    public required ContaminationSignals Signals { get; init; }

    /// <summary>Answers to hidden items that await a verdict (never counted as correct).</summary>
    public required int HiddenUndecided { get; init; }

    public required int PublicUndecided { get; init; }

    /// <summary>Calls that failed at the submission (errors and time-outs; items withheld from it are not counted).</summary>
    public required int Failed { get; init; }

    /// <summary>
    /// Accuracy per category on public items only (Wilson): for the submission's own feedback (hidden figures per category
    /// would let a vendor subtract its public results, and would name categories only hidden items have).
    /// </summary>
    public required IReadOnlyList<CategoryAccuracy> Categories { get; init; }

    /// <summary>Accuracy per category on hidden items only: for the ward's leaderboard only.</summary>
    public required IReadOnlyList<CategoryAccuracy> HiddenCategories { get; init; }

    public required IReadOnlyList<PublicFailure> PublicFailures { get; init; }
}
