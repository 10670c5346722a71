namespace GaiEval.Core.Analysis;

using GaiEval.Core.Results;
using GaiEval.Core.Review;

/// <summary>
/// Whether one answer counts as correct in the accuracy, and who said so. A human grade wins over the automatic verdict
/// (<see cref="OverridesAutomatic"/> when it differs from it); the rules decide items that have them; a judge decides the
/// others. 部分 counts as not correct.
/// </summary>
public sealed record ResponseVerdict(bool Correct, VerdictSource Source, bool? Automatic = null)
{
    // The four automatic verdicts, one instance each for every answer that has it.
    private static readonly ResponseVerdict RulesCorrect = new(true, VerdictSource.Rules);
    private static readonly ResponseVerdict RulesWrong = new(false, VerdictSource.Rules);
    private static readonly ResponseVerdict JudgeCorrect = new(true, VerdictSource.Judge);
    private static readonly ResponseVerdict JudgeWrong = new(false, VerdictSource.Judge);

    /// <summary>A human grade that changed the automatic verdict (or gave one where there was none).</summary>
    public bool OverridesAutomatic => Source == VerdictSource.Human && Automatic != Correct;

    /// <summary>The automatic verdict of a response from its scores: the rules' <c>correct</c>, else the judge's score.</summary>
    public static ResponseVerdict? Automated(IReadOnlyDictionary<string, ScoreRecord> scores)
    {
        AutomaticVerdicts automatic = AutomaticVerdicts.From(scores);
        return automatic.RuleCorrect is { } rule ? (rule ? RulesCorrect : RulesWrong)
            : automatic.JudgeCorrect is { } judge ? (judge ? JudgeCorrect : JudgeWrong)
            : null;
    }

    public static ResponseVerdict Of(HumanGradeRecord grade, ResponseVerdict? automatic) =>
        new(grade.Grade == HumanGrade.Correct, VerdictSource.Human, automatic?.Correct);
}
