namespace GaiEval.Core.Decision;

/// <summary>How verdicts and operators are written in every output.</summary>
public static class VerdictNames
{
    public static string Of(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.Pass => "PASS",
        CriterionOutcome.Fail => "FAIL",
        CriterionOutcome.Inconclusive => "INCONCLUSIVE",
        _ => "NOT MEASURED",
    };

    /// <summary>The Japanese gloss shown beside the verdict: 達成, 未達, 未確定, 測定なし.</summary>
    public static string Japanese(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.Pass => "達成",
        CriterionOutcome.Fail => "未達",
        CriterionOutcome.Inconclusive => "未確定",
        _ => "測定なし",
    };

    public static string Of(OverallOutcome outcome) => outcome switch
    {
        OverallOutcome.Go => "GO",
        OverallOutcome.NoGo => "NO-GO",
        _ => "要追加検証",
    };

    /// <summary>≥, &gt;, ≤, &lt; for the plan's &gt;=, &gt;, &lt;=, &lt;.</summary>
    public static string Operator(string op) => op switch
    {
        ">=" => "≥",
        "<=" => "≤",
        _ => op,
    };

    public static string Requirement(bool required) => required ? "必須" : "参考";
}
