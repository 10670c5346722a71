namespace GaiEval.Core.Analysis;

/// <summary>What became of one provider's planned calls. Nothing is dropped silently: each call is in exactly one of
/// scored, unscored, rule-undecided, withheld, failed (errors + timeouts) or missing.</summary>
public sealed record CallCounts
{
    /// <summary>Items × repeats.</summary>
    public required int Planned { get; init; }

    /// <summary>Calls stored with any status.</summary>
    public required int Stored { get; init; }

    /// <summary>Answered calls, fresh or from the response cache.</summary>
    public required int Answered { get; init; }

    /// <summary>Answered calls served from the response cache (their latency is not counted).</summary>
    public required int Cached { get; init; }

    /// <summary>Answered calls with a value for correct: accuracy's denominator.</summary>
    public required int Scored { get; init; }

    /// <summary>Answered calls without a verdict that the rules did not leave undecided: items with no rule, or not yet scored.</summary>
    public required int Unscored { get; init; }

    /// <summary>Answered calls the rules left undecided (a leaky refusal without a decisive fact) and no judge or person decided.</summary>
    public required int RuleUndecided { get; init; }

    /// <summary>Of <see cref="Unscored"/>, those whose item has no rule: they await a judge or people.</summary>
    public required int WithoutRule { get; init; }

    /// <summary>Not sent: the item's sensitivity is above the provider's clearance.</summary>
    public required int Withheld { get; init; }

    public required int Errors { get; init; }

    public required int Timeouts { get; init; }

    public int Failed => Errors + Timeouts;

    /// <summary>Planned calls not stored (the run was interrupted, or is still running).</summary>
    public int Missing => Planned - Stored;

    /// <summary>Calls sent to the provider: answered, failed or timed out.</summary>
    public int Made => Answered + Errors + Timeouts;
}
