namespace GaiEval.Scoring.Judges;

/// <summary>
/// What a judge's reply must carry beyond a score: <see cref="CriteriaCount"/> criteria (null: any number), each called a
/// <see cref="CriteriaNoun"/> in problems quoted back to the judge, and, when <see cref="Labels"/>, a claim label on each.
/// </summary>
public sealed record JudgeReplyRules(int? CriteriaCount = null, string CriteriaNoun = "観点", bool Labels = false)
{
    public static JudgeReplyRules Any { get; } = new();
}
