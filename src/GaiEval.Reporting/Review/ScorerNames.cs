namespace GaiEval.Reporting.Review;

using GaiEval.Core.Analysis;
using GaiEval.Core.Review;
using GaiEval.Core.Scoring;

/// <summary>Japanese names of who scored an answer: the rules, a judge (by the score it gave) or a person.</summary>
internal static class ScorerNames
{
    /// <summary>The 判定元 of a verdict: ルール, 判定者, 人, or when there is none 規則で判定保留 (the rules left it undecided) or 採点待ち.</summary>
    public static string Source(VerdictSource? source, bool ruleUndecided = false) => source switch
    {
        VerdictSource.Rules => "ルール",
        VerdictSource.Judge => "判定者",
        VerdictSource.Human => "人",
        _ => ruleUndecided ? ReviewReasonNames.RuleUndecided : ReviewReasonNames.AwaitingReview,
    };

    /// <summary>e.g. ルール, 判定者（模範解答との同等性）.</summary>
    public static string Scorer(VerdictSource scorer, string metric) => scorer == VerdictSource.Rules
        ? Source(scorer)
        : $"{Source(scorer)}（{JudgeScore(metric)}）";

    private static string JudgeScore(string metric) => metric switch
    {
        MetricNames.JudgeEquivalence => "模範解答との同等性",
        MetricNames.JudgeRubric => "採点基準",
        MetricNames.JudgeGroundedness => "根拠との整合",
        MetricNames.JudgeRelevance => "質問との関連性",
        _ => metric,
    };
}
