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

    /// <summary>
    /// How a non-candidate compares with the criteria, in words rather than a verdict (it is 参考, never GO or NO-GO):
    /// 未測定, 必須の基準をすべて満たす, 満たさない必須の基準がある, 未確定の必須の基準がある.
    /// </summary>
    public static string Reference(ProviderVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return verdict switch
        {
            { NotMeasured: not null } => "未測定",
            { Outcome: OverallOutcome.Go } => "必須の基準をすべて満たす",
            { Outcome: OverallOutcome.NoGo } => "満たさない必須の基準がある",
            _ => "未確定の基準がある",
        };
    }

    /// <summary>≥, &gt;, ≤, &lt; for the plan's &gt;=, &gt;, &lt;=, &lt;.</summary>
    public static string Operator(string op) => op switch
    {
        ">=" => "≥",
        "<=" => "≤",
        _ => op,
    };

    public static string Requirement(bool required) => required ? "必須" : "参考";
}
