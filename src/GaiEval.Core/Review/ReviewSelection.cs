namespace GaiEval.Core.Review;

/// <summary>
/// The answers of a run put before reviewers, ordered by reason, then as stored (item order, provider, repeat); how many
/// answers already graded were left out; and the seed the calibration sample was drawn with.
/// </summary>
public sealed record ReviewSelection(IReadOnlyList<ReviewCandidate> Candidates, int GradedLeftOut, int Seed)
{
    public int Count(ReviewReason reason) => Candidates.Count(candidate => candidate.Reason == reason);
}
