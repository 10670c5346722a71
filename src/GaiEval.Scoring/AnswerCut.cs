namespace GaiEval.Scoring;

using System.Globalization;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>
/// The part of an answer that the scoring passes which are not linear in its length read (the speech-act classifier, the
/// claim split and fact extraction): its first <see cref="MaximumCharacters"/> characters. The store keeps the whole answer.
/// </summary>
/// <remarks>
/// Fail safe: a cut answer must never score better than the whole one would. The rules (must_include, must_not_include),
/// char-F1, ROUGE-L and the output checks read the whole answer (they are linear, or capped as a lower bound), so a
/// forbidden word beyond the cut still fails the answer. What is judged on the cut can only lose: a verdict that would
/// pass (correct, behaviour_matches, no unsupported fact) becomes undecided, and a failure stands.
/// </remarks>
public sealed record AnswerCut(string Text, int WholeLength)
{
    /// <summary>The longest answer scored whole by every pass: about ten pages of Japanese, far beyond any real answer.</summary>
    public const int MaximumCharacters = 20_000;

    /// <summary>The reason of a verdict that would have passed on the cut answer.</summary>
    public const string UndecidedReason = "判定保留: 応答が長すぎるため先頭だけで判定した。全文では結果が変わり得るため合格とはしない";

    public bool IsCut => Text.Length < WholeLength;

    /// <summary>The answer itself when it is short enough, else its first <see cref="MaximumCharacters"/> characters (never half a surrogate pair).</summary>
    public static AnswerCut Of(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Length <= MaximumCharacters)
        {
            return new AnswerCut(answer, answer.Length);
        }

        int length = char.IsHighSurrogate(answer[MaximumCharacters - 1]) ? MaximumCharacters - 1 : MaximumCharacters;
        return new AnswerCut(answer[..length], answer.Length);
    }

    /// <summary>「応答が長すぎるため、採点では全 200,000 文字のうち先頭 20,000 文字で打ち切りました…」</summary>
    public string Message => string.Create(
        CultureInfo.InvariantCulture,
        $"応答が長すぎるため、採点では全 {WholeLength:N0} 文字のうち先頭 {Text.Length:N0} 文字で打ち切りました（上限 {MaximumCharacters:N0} 文字）。保存された応答は全文のままです。");

    /// <summary>Puts the Warning of a cut on every metric; nothing when the answer was not cut.</summary>
    public void Warn(params EvaluationMetric[] metrics)
    {
        if (!IsCut)
        {
            return;
        }

        foreach (EvaluationMetric metric in metrics)
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Warning(Message));
        }
    }
}
