namespace GaiEval.Core.Review;

/// <summary>Why an answer is put before a reviewer, highest priority first; an answer gets only its first reason.</summary>
public enum ReviewReason
{
    /// <summary>No verdict at all: no rule, and no judge score (an offline run has no judge).</summary>
    AwaitingReview,

    /// <summary>The rules left it undecided (a leaky refusal without a decisive fact) and no judge decided it.</summary>
    RuleUndecided,

    /// <summary>A judge could not give a usable verdict (its metric has no value and an Inconclusive interpretation).</summary>
    Inconclusive,

    /// <summary>The rules and a judge disagree on whether the answer is correct.</summary>
    Disagreement,

    /// <summary>The output checks found something in the answer (personal data, a canary, an outside link, a verbatim copy, a listed term).</summary>
    RiskFinding,

    /// <summary>Drawn at random from the automatically scored answers, to check the automatic verdicts against people.</summary>
    Calibration,
}
