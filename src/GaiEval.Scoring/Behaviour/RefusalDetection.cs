namespace GaiEval.Scoring.Behaviour;

/// <summary>What <see cref="RefusalDetector"/> decided about a text, and the phrase that decided it.</summary>
public sealed record RefusalDetection(RefusalKind Kind, string? Phrase)
{
    public bool IsRefusal => Kind is RefusalKind.ExplicitRefusal or RefusalKind.ReferralOnly;

    /// <summary>The reason shown to reviewers, in Japanese.</summary>
    public string Describe() => Kind switch
    {
        RefusalKind.ExplicitRefusal => $"拒否表現: {Phrase}",
        RefusalKind.ReferralOnly => $"実質的な回答なし（窓口案内・該当なしのみ）: {Phrase}",
        RefusalKind.AnswerWithReferral => $"回答（案内文「{Phrase}」はあるが実質的な内容あり）",
        _ => "回答（拒否表現なし）",
    };
}
