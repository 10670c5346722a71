namespace GaiEval.Core.Review;

using GaiEval.Core.Results;

/// <summary>
/// The review sheet: one row per answer to grade, what reviewers need to judge it (question, material, rubric, model
/// answer, the answer, the automatic verdicts), and the columns they fill in, last. Column names are the sheet's contract.
/// </summary>
public static class ReviewSheet
{
    public const string RunId = "実行ID";
    public const string ItemId = "項目ID";
    public const string Provider = "提供先";
    public const string Repeat = "反復";
    public const string Reason = "選定理由";
    public const string Category = "業務分野";
    public const string Use = "用途";
    public const string Question = "質問";
    public const string Context = "資料（context）";
    public const string Rubric = "評価観点";
    public const string Reference = "模範解答";
    public const string Answer = "回答";
    public const string RuleVerdict = "ルールの判定";
    public const string JudgeVerdict = "判定者の判定";
    public const string JudgeReason = "判定者の理由";
    public const string RiskFindings = "出力検査の所見";
    public const string Grade = "判定（正答/部分/誤答）";
    public const string Comment = "コメント";
    public const string Reviewer = "採点者";

    /// <summary>The file name of the sheet in the run's report folder.</summary>
    public const string FileName = "review.csv";

    /// <summary>The columns reviewers fill in.</summary>
    public static IReadOnlyList<string> ReviewerColumns { get; } = [Grade, Comment, Reviewer];

    public static IReadOnlyList<string> Columns { get; } =
    [
        RunId, ItemId, Provider, Repeat, Reason, Category, Use, Question, Context, Rubric, Reference, Answer,
        RuleVerdict, JudgeVerdict, JudgeReason, RiskFindings, .. ReviewerColumns,
    ];

    /// <summary>The columns an import cannot do without; コメント and 採点者 (given --reviewer) may be missing.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = [RunId, ItemId, Provider, Repeat, Grade];

    /// <summary>The columns an import reads; the others only help reviewers.</summary>
    public static IReadOnlyList<string> ImportColumns { get; } = [.. RequiredColumns, Comment, Reviewer];

    /// <summary>The grades a reviewer may write, as the messages list them.</summary>
    public static string AllowedGrades => string.Join("・", HumanGradeNames.All);
}
