namespace GaiEval.Core.Analysis;

/// <summary>How stable a provider's correctness is across the repeats of a run (repeats &gt; 1).</summary>
public sealed record RepeatAnalysis
{
    /// <summary>
    /// Share of items whose repeats all agree on correctness (all correct or all wrong), over the items scored in every
    /// repeat; items with a repeat missing, failed or unscored are left out.
    /// </summary>
    public required Estimate Consistency { get; init; }

    /// <summary>Accuracy of each repeat, repeat 1 first.</summary>
    public required IReadOnlyList<Estimate> AccuracyByRepeat { get; init; }

    /// <summary>Lowest accuracy of a repeat; null when no repeat has a scored call.</summary>
    public double? MinAccuracy { get; init; }

    public double? MaxAccuracy { get; init; }

    /// <summary>Sample standard deviation (n − 1) of the repeats' accuracies; null with fewer than two.</summary>
    public double? AccuracyStandardDeviation { get; init; }
}
