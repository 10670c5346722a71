namespace GaiEval.Core.Results;

/// <summary>The Japanese words reviewers write for a <see cref="HumanGrade"/>.</summary>
public static class HumanGradeNames
{
    public const string Correct = "正答";

    public const string Partial = "部分";

    public const string Wrong = "誤答";

    public static IReadOnlyList<string> All { get; } = [Correct, Partial, Wrong];

    public static string Of(HumanGrade grade) => grade switch
    {
        HumanGrade.Correct => Correct,
        HumanGrade.Partial => Partial,
        _ => Wrong,
    };

    /// <summary>Reads 正答, 部分 or 誤答 (surrounding white space ignored).</summary>
    public static bool TryParse(string? text, out HumanGrade grade)
    {
        switch (text?.Trim())
        {
            case Correct: grade = HumanGrade.Correct; return true;
            case Partial: grade = HumanGrade.Partial; return true;
            case Wrong: grade = HumanGrade.Wrong; return true;
            default: grade = default; return false;
        }
    }
}
