namespace GaiEval.Core.Analysis.Review;

/// <summary>
/// What one judge (a provider scoring answers) used in the run, for budgeting it: the answers it judged, its calls, tokens
/// and times, and the token cost when its profile has pricing. An evaluation is one judge evaluator on one answer; its
/// metrics (e.g. judge_rubric and judge_rubric_met) share its metadata and count once. Metrics the judge was never asked
/// for (above its clearance, skipped by the evaluator) are not evaluations.
/// </summary>
public sealed record JudgeUsage
{
    public required string ProviderId { get; init; }

    /// <summary>The profile's display name, or the id when the plan has no profile of that id.</summary>
    public required string Name { get; init; }

    /// <summary>The models that answered, as the server named them (none when it named none).</summary>
    public required IReadOnlyList<string> Models { get; init; }

    /// <summary>Answers with at least one evaluation.</summary>
    public required int AnswersJudged { get; init; }

    /// <summary>Judge evaluators run on answers.</summary>
    public required int Evaluations { get; init; }

    /// <summary>Calls of the judge: the evaluations' attempts summed (a repaired reply is two calls).</summary>
    public required int Calls { get; init; }

    public required long InputTokens { get; init; }

    public required long OutputTokens { get; init; }

    /// <summary>Median wall-clock time of an evaluation (both calls when repaired); null when none recorded one.</summary>
    public double? LatencyP50Ms { get; init; }

    public double? LatencyP95Ms { get; init; }

    /// <summary>The currency of <see cref="Cost"/>: the plan's <c>economics.currency</c>, else the pricing's own.</summary>
    public string? Currency { get; init; }

    /// <summary>The currency the judge's prices are written in.</summary>
    public string? PricingCurrency { get; init; }

    /// <summary>Units of <see cref="Currency"/> per unit of <see cref="PricingCurrency"/> (1 when they are the same).</summary>
    public double? ExchangeRate { get; init; }

    /// <summary>Tokens × the judge's prices per million, converted; fixed costs of its profile are not included.</summary>
    public double? Cost { get; init; }

    /// <summary>Why there is no <see cref="Cost"/> (料金未設定, a missing exchange rate); null when there is one.</summary>
    public string? CostMessage { get; init; }

    public double? CostPerAnswer => Cost is { } cost && AnswersJudged > 0 ? cost / AnswersJudged : null;
}
