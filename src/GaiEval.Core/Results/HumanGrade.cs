namespace GaiEval.Core.Results;

/// <summary>A reviewer's grade of one answer: 正答, 部分 (partly right: counts as not correct in the accuracy), 誤答.</summary>
public enum HumanGrade
{
    Correct,
    Partial,
    Wrong,
}
