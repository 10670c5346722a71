namespace GaiEval.Core.Analysis;

/// <summary>
/// Two providers compared on the calls both answered and had scored (same item, same repeat): the discordant pairs b and
/// c, the exact McNemar p, Holm's adjustment across all pairs of the run, the difference A − B with Newcombe's interval,
/// and a Japanese sentence saying which is better or that the data cannot tell them apart.
/// </summary>
public sealed record PairedComparison
{
    public required string ProviderA { get; init; }

    public required string ProviderB { get; init; }

    /// <summary>Pairs compared.</summary>
    public required int N { get; init; }

    /// <summary>A's accuracy on the pairs (Wilson).</summary>
    public required Estimate AccuracyA { get; init; }

    public required Estimate AccuracyB { get; init; }

    /// <summary>Accuracy of A minus accuracy of B, −1..1, Newcombe (1998) method 10.</summary>
    public required Estimate Difference { get; init; }

    public required int BothCorrect { get; init; }

    /// <summary>b: A correct, B wrong.</summary>
    public required int OnlyACorrect { get; init; }

    /// <summary>c: A wrong, B correct.</summary>
    public required int OnlyBCorrect { get; init; }

    public required int NeitherCorrect { get; init; }

    /// <summary>Two-sided exact McNemar p on b and c.</summary>
    public required double PValue { get; init; }

    /// <summary>Holm-adjusted across the run's comparisons that have pairs; 1 when there are none.</summary>
    public required double AdjustedPValue { get; init; }

    public required ComparisonOutcome Outcome { get; init; }

    /// <summary>The result in words, e.g. 「AはBより正答率が高い（差 +12.3ポイント、95%区間 +4.1〜+20.5、Holm補正後 p=0.004）」.</summary>
    public required string Sentence { get; init; }
}
