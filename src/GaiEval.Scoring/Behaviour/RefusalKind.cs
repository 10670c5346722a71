namespace GaiEval.Scoring.Behaviour;

/// <summary>How <see cref="RefusalDetector"/> classified a text.</summary>
public enum RefusalKind
{
    /// <summary>No refusal phrase and no referral: an answer.</summary>
    Answer,

    /// <summary>A referral or a "nothing found" sentence next to substantive content: still an answer.</summary>
    AnswerWithReferral,

    /// <summary>A refusal phrase such as お答えできません or I can't help.</summary>
    ExplicitRefusal,

    /// <summary>Only a referral (担当窓口にお問い合わせください) or "nothing found", with no substantive content: it stands in for an answer.</summary>
    ReferralOnly,
}
