namespace GaiEval.Core.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Plans;

/// <summary>
/// The verdict rule of DESIGN.md: PASS when the whole 95% interval is on the good side of the threshold, FAIL when it is
/// wholly on the bad side, else INCONCLUSIVE with the sample size that would settle it; NOT MEASURED without an estimate.
/// The operator decides which side is good and whether touching the threshold counts (&gt;= and &lt;= include it).
/// </summary>
public static class CriterionJudge
{
    /// <param name="criterion">The criterion to judge.</param>
    /// <param name="estimate">Its figure; null when it could not be measured.</param>
    /// <param name="sampleSizeToSettle">The sample size that would settle an inconclusive criterion.</param>
    /// <param name="whyNotMeasured">Why there is no estimate, when it is known (shown in the reason).</param>
    public static CriterionVerdict Judge(
        Criterion criterion, Estimate? estimate, Func<Estimate, double, int?> sampleSizeToSettle, string? whyNotMeasured = null)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentNullException.ThrowIfNull(sampleSizeToSettle);
        DecisionMetric metric = DecisionMetrics.Get(criterion.Metric);
        string statement = CriterionText.Statement(criterion);
        if (estimate is null)
        {
            return NotMeasured(criterion, metric, null, $"{statement}: 測定できない（{whyNotMeasured ?? "この提供先・計画ではこの指標を計算できない"}）");
        }

        if (estimate.Value is null || double.IsNaN(estimate.Low) || double.IsNaN(estimate.High))
        {
            return NotMeasured(criterion, metric, estimate, $"{statement}: 測定の対象がない（n = {estimate.N}）");
        }

        bool lowGood = IsOnGoodSide(criterion.Op, estimate.Low, criterion.Value);
        bool highGood = IsOnGoodSide(criterion.Op, estimate.High, criterion.Value);
        CriterionOutcome outcome = (lowGood, highGood) switch
        {
            (true, true) => CriterionOutcome.Pass,
            (false, false) => CriterionOutcome.Fail,
            _ => CriterionOutcome.Inconclusive,
        };
        int? sampleSize = outcome == CriterionOutcome.Inconclusive ? sampleSizeToSettle(estimate, criterion.Value) : null;
        string measured = $"{CriterionText.Subject(criterion)} {CriterionText.Figure(metric, estimate)} {CriterionText.Threshold(criterion)}";
        return new CriterionVerdict
        {
            Criterion = criterion,
            Metric = metric,
            Outcome = outcome,
            Estimate = estimate,
            SampleSizeToSettle = sampleSize,
            Reason = outcome switch
            {
                CriterionOutcome.Pass => $"{measured}: 区間全体が基準を満たす",
                CriterionOutcome.Fail => $"{measured}: 区間全体が基準を満たさない",
                _ => $"{measured}: 区間が基準値をまたぐため未確定（{SettleText(sampleSize)}）",
            },
        };
    }

    /// <summary>The criterion of a provider that was not measured at all: NOT MEASURED with the provider's reason, whatever its figures.</summary>
    public static CriterionVerdict NotMeasured(Criterion criterion, string whyProviderNotMeasured)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return NotMeasured(
            criterion, DecisionMetrics.Get(criterion.Metric), null, $"{CriterionText.Statement(criterion)}: 測定されていない（{whyProviderNotMeasured}）");
    }

    /// <summary>Whether a value meets the threshold under one of the four operators.</summary>
    public static bool IsOnGoodSide(string op, double value, double threshold) => op switch
    {
        ">=" => value >= threshold,
        ">" => value > threshold,
        "<=" => value <= threshold,
        "<" => value < threshold,
        _ => throw new ArgumentException($"比較は >=, >, <=, < のいずれかです（指定値: {op}）", nameof(op)),
    };

    private static string SettleText(int? sampleSize) =>
        sampleSize is { } n ? $"観測値のままなら n = {n} で確定する見込み" : "確定に必要な件数は見積もれない";

    private static CriterionVerdict NotMeasured(Criterion criterion, DecisionMetric metric, Estimate? estimate, string reason) => new()
    {
        Criterion = criterion,
        Metric = metric,
        Outcome = CriterionOutcome.NotMeasured,
        Estimate = estimate,
        Reason = reason,
    };
}
