namespace GaiEval.Scoring.Grounding;

using GaiEval.Scoring.Behaviour;

/// <summary>
/// The claims of an answer that a groundedness check looks at: none for a refusal, a lone referral or "nothing found"
/// (<see cref="SpeechActClassifier"/>), else
/// the sentences of <see cref="ClaimSplitter"/>. <see cref="WhyNone"/> says, in Japanese, why there are none.
/// </summary>
internal sealed record AnswerClaims(IReadOnlyList<string> Claims, string? WhyNone)
{
    public const string RefusalMessage = "拒否応答: 確認する主張がないため根拠性は判定しない";

    public const string NoSentenceMessage = "文として読める主張がないため根拠性は判定しない";

    public static AnswerClaims Of(string answer)
    {
        SpeechActs acts = SpeechActClassifier.Classify(answer);
        if (acts.IsRefusal && acts.Phrase is not null)
        {
            return new AnswerClaims([], RefusalMessage);
        }

        IReadOnlyList<string> claims = ClaimSplitter.Split(answer);
        return new AnswerClaims(claims, claims.Count == 0 ? NoSentenceMessage : null);
    }
}
