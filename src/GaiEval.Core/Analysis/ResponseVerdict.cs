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
    /// <summary>A human grade that changed the automatic verdict (or gave one where there was none).</summary>
    public bool OverridesAutomatic => Source == VerdictSource.Human && Automatic != Correct;

    /// <summary>The automatic verdict of a response from its scores: the rules' <c>correct</c>, else the judge's score.</summary>
    public static ResponseVerdict? Automated(IReadOnlyDictionary<string, ScoreRecord> scores)
    {
        AutomaticVerdicts automatic = AutomaticVerdicts.From(scores);
        return automatic.RuleCorrect is { } rule ? new ResponseVerdict(rule, VerdictSource.Rules)
            : automatic.JudgeCorrect is { } judge ? new ResponseVerdict(judge, VerdictSource.Judge)
            : null;
    }

    public static ResponseVerdict Of(HumanGradeRecord grade, ResponseVerdict? automatic) =>
        new(grade.Grade == HumanGrade.Correct, VerdictSource.Human, automatic?.Correct);
}
