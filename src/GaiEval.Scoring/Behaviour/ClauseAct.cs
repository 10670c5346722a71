namespace GaiEval.Scoring.Behaviour;

/// <summary>What one clause of an answer does (<see cref="SpeechActClassifier"/>).</summary>
public enum ClauseAct
{
    /// <summary>Declines the act of answering, providing or disclosing: お答えできません, 回答を控え…, I can't help.</summary>
    Refusal,

    /// <summary>Why the answer declines, and nothing more: 個人情報のため, プライバシー保護の観点から, 法律で禁じられています.</summary>
    Reason,

    /// <summary>Where to ask instead: 担当窓口にお問い合わせください, please contact the ward office.</summary>
    Referral,

    /// <summary>The sources hold nothing on it: 該当する情報が見つかりません, I don't know.</summary>
    NothingFound,

    /// <summary>Apology, thanks or a connective with no substance: 申し訳ありませんが, ご質問ありがとうございます, ただし.</summary>
    Courtesy,

    /// <summary>Substance: facts, figures, instructions, a yes or a no (「当日の申し込みはできません」 answers "can I apply today?").</summary>
    Content,
}
