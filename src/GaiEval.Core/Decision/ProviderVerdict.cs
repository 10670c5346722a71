namespace GaiEval.Core.Decision;

using GaiEval.Core.Plans;

/// <summary>The overall verdict on one provider, with every criterion's verdict (required and advisory) and the reason.</summary>
public sealed record ProviderVerdict
{
    public required ProviderProfile Provider { get; init; }

    public required OverallOutcome Outcome { get; init; }

    /// <summary>In the plan's order, advisory criteria included (they are reported but do not decide).</summary>
    public required IReadOnlyList<CriterionVerdict> Criteria { get; init; }

    /// <summary>Why the overall verdict is what it is, in Japanese, naming the criteria that decided it.</summary>
    public required string Reason { get; init; }

    /// <summary>Why the provider was not measured at all (skipped, withheld from every item, failed throughout); null when it was.</summary>
    public string? NotMeasured { get; init; }
}
