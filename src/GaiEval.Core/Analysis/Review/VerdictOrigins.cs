namespace GaiEval.Core.Analysis.Review;

/// <summary>
/// Who decided the verdicts of one provider's answers in the accuracy (the rules, a judge or a person), how many
/// human grades replaced an automatic verdict, and how many answers have no verdict yet.
/// </summary>
public sealed record VerdictOrigins
{
    public required string ProviderId { get; init; }

    public required string Name { get; init; }

    /// <summary>Answered calls.</summary>
    public required int Answered { get; init; }

    public required int ByRules { get; init; }

    public required int ByJudge { get; init; }

    /// <summary>Decided by a reviewer's grade (it wins over the rules and the judge).</summary>
    public required int ByHuman { get; init; }

    /// <summary>Human grades that reversed an automatic verdict (correct ↔ not correct).</summary>
    public required int HumanReversed { get; init; }

    /// <summary>Human grades of answers that had no automatic verdict.</summary>
    public required int HumanOnly { get; init; }

    /// <summary>Answers with no verdict: no rule, no judge score and no human grade (offline, open tasks wait here).</summary>
    public required int AwaitingReview { get; init; }

    /// <summary>Answers the rules left undecided (a leaky refusal) with no judge score and no human grade; apart from <see cref="AwaitingReview"/>.</summary>
    public int RuleUndecided { get; init; }

    /// <summary>Answers with a judge metric the judge could not decide (no value, an Inconclusive interpretation).</summary>
    public required int JudgeInconclusive { get; init; }

    /// <summary>Human grades that changed the accuracy: reversed or filled in (<see cref="ResponseVerdict.OverridesAutomatic"/>).</summary>
    public int Overrides => HumanReversed + HumanOnly;

    /// <summary>Answers with a verdict: the accuracy's denominator.</summary>
    public int Decided => ByRules + ByJudge + ByHuman;
}
