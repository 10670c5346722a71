namespace GaiEval.Core.Review;

/// <summary>The Japanese labels of <see cref="ReviewReason"/>, as the sheet and the command show them.</summary>
public static class ReviewReasonNames
{
    public const string AwaitingReview = "採点待ち";

    public const string RuleUndecided = "規則で判定保留";

    public const string Inconclusive = "判定不能";

    public const string Disagreement = "ルールと判定者の不一致";

    public const string RiskFinding = "出力検査の所見あり";

    public const string Calibration = "較正用の無作為抽出";

    public static string Of(ReviewReason reason) => reason switch
    {
        ReviewReason.AwaitingReview => AwaitingReview,
        ReviewReason.RuleUndecided => RuleUndecided,
        ReviewReason.Inconclusive => Inconclusive,
        ReviewReason.Disagreement => Disagreement,
        ReviewReason.RiskFinding => RiskFinding,
        _ => Calibration,
    };
}
