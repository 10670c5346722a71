namespace GaiEval.Core.Analysis.Review;

/// <summary>
/// How often one provider's answers state what no retrieved or given passage supports: the mean per answer of the share of
/// unsupported claims, by the deterministic check of facts and by the judge, each with its bootstrap 95% interval and n
/// (answers with that metric). Null when no answer has the metric.
/// </summary>
public sealed record UnsupportedClaims
{
    public required string ProviderId { get; init; }

    public required string Name { get; init; }

    /// <summary>Mean of <c>unsupported_claim_rate</c>: claims with a number, date, fee, phone number or office no passage states.</summary>
    public Estimate? CheckedRate { get; init; }

    /// <summary>Mean of <c>judge_unsupported_claim_rate</c>: claims the judge found unsupported or contradicted.</summary>
    public Estimate? JudgedRate { get; init; }

    /// <summary>Sum of <c>unsupported_facts</c> over the answers: facts no passage states.</summary>
    public required int UnsupportedFacts { get; init; }

    public bool HasFigures => CheckedRate is not null || JudgedRate is not null || UnsupportedFacts > 0;
}
