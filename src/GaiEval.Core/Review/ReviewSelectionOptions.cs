namespace GaiEval.Core.Review;

/// <summary>How many answers to draw for calibration, from which seed, and whether answers already graded are offered again.</summary>
public sealed record ReviewSelectionOptions
{
    public const int DefaultSampleSize = 20;

    public int SampleSize { get; init; } = DefaultSampleSize;

    /// <summary>The seed of the calibration sample; null derives it from the run id, so a run always gives the same sheet.</summary>
    public int? Seed { get; init; }

    public bool IncludeGraded { get; init; }
}
