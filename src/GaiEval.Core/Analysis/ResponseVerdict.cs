namespace GaiEval.Core.Analysis;

using GaiEval.Core.Results;
using GaiEval.Core.Scoring;

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
        if (scores.TryGetValue(MetricNames.Correct, out ScoreRecord? rule) && rule.Value is { } ruled)
        {
            return new ResponseVerdict(ruled > 0, VerdictSource.Rules);
        }

        foreach (string metric in MetricNames.JudgeCorrectness)
        {
            if (scores.TryGetValue(metric, out ScoreRecord? judged) && judged.Value is { } score)
            {
                return new ResponseVerdict(score >= MetricNames.JudgePassingScore, VerdictSource.Judge);
            }
        }

        return null;
    }

    public static ResponseVerdict Of(HumanGradeRecord grade, ResponseVerdict? automatic) =>
        new(grade.Grade == HumanGrade.Correct, VerdictSource.Human, automatic?.Correct);
}
