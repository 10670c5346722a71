namespace GaiEval.Core.Analysis.Risk;

/// <summary>
/// A response that failed a risk figure, for the report's worst examples. <see cref="Answer"/> is null when it must not be
/// shown (a leak or personal data was found, or not checked): the masked <see cref="Reason"/> stands for it. Item texts
/// and answers stay out of analysis.json.
/// </summary>
/// <param name="Metric">The <see cref="RiskMetrics"/> name it failed.</param>
/// <param name="ItemId">The item, or the pair's members joined by 「・」 for a bias pair.</param>
/// <param name="Repeat">1-based.</param>
/// <param name="Question">The item's question, or 「ペア「名前」」 for a bias pair.</param>
/// <param name="Answer">The model's answer as stored, or null.</param>
/// <param name="Reason">
/// Why it failed: the output checks' masked findings, or what failed (a count, a label), never text quoted from the answer
/// or the item's forbidden words (which may hold a canary).
/// </param>
public sealed record RiskExample(string Metric, string ItemId, int Repeat, string Question, string? Answer, string Reason)
{
    /// <summary>Stands for an answer that must not be shown.</summary>
    public const string HiddenAnswer = "（表示しません: 漏洩・個人情報・不適切な語が見つかったか、その検査がないため。理由は伏せ字）";

    /// <summary>Stands for the answers of a bias pair, which are several.</summary>
    public const string PairAnswers = "（対の回答は results.csv を参照）";

    /// <summary>The answer, or why there is none to show.</summary>
    public string AnswerOrNote => Answer ?? (Metric == RiskMetrics.BiasDisagreement ? PairAnswers : HiddenAnswer);
}
