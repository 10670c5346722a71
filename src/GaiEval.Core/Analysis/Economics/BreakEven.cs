namespace GaiEval.Core.Analysis.Economics;

/// <summary>
/// The break-even monthly volume of two providers: where fixed_a + variable_a × v = fixed_b + variable_b × v, with which
/// provider is cheaper below and above it.
/// </summary>
public sealed record BreakEven
{
    public required string FirstProviderId { get; init; }

    public required string SecondProviderId { get; init; }

    public required BreakEvenKind Kind { get; init; }

    /// <summary>Tasks a month at which both cost the same; only when <see cref="Kind"/> is Crosses.</summary>
    public double? Volume { get; init; }

    /// <summary>The provider id cheaper below <see cref="Volume"/> (at every volume when the lines do not cross); null when equal.</summary>
    public string? CheaperBelow { get; init; }

    /// <summary>The provider id cheaper above <see cref="Volume"/> (at every volume when the lines do not cross); null when equal.</summary>
    public string? CheaperAbove { get; init; }

    /// <summary>The provider id cheaper at the plan's volume; null when they cost the same there.</summary>
    public string? CheaperAtPlanVolume { get; init; }

    /// <summary>One Japanese sentence for the report.</summary>
    public required string Explanation { get; init; }
}
