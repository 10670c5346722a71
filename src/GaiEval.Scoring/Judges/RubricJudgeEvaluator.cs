namespace GaiEval.Scoring.Judges;

using GaiEval.Core.Scoring;
using GaiEval.Core.Model;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>
/// A judge gives a verdict on each of the item's rubric points and an overall score: <see cref="RubricMetricName"/> is the
/// 1–5 score, <see cref="RubricMetMetricName"/> the share of points met (0..1). Items without a rubric get no value.
/// </summary>
public sealed class RubricJudgeEvaluator() : JudgeEvaluator(RubricMetricName, RubricMetMetricName)
{
    public override string Name => EvaluatorNames.RubricJudge;

    public const string NoRubricMessage = "評価観点（rubric）なし: 観点別の判定はしない";

    public static string RubricMetricName => "judge_rubric";

    public static string RubricMetMetricName => "judge_rubric_met";

    protected override string? MissingInput(GoldItem item, string answer, IReadOnlyList<EvaluationContext> context) => item.Rubric.Count == 0 ? NoRubricMessage : null;

    protected override JudgeReplyRules ReplyRules(GoldItem item, string answer) => new(item.Rubric.Count);

    protected override string Prompt(GoldItem item, string answer, IReadOnlyList<EvaluationContext> context) => JudgePrompts.Rubric(item, answer);

    protected override void Record(IReadOnlyList<NumericMetric> metrics, JudgeVerdict verdict, string answer)
    {
        RecordScore(metrics[0], verdict);
        NumericMetric met = metrics[1];
        int count = verdict.Criteria.Count(c => c.Met);
        met.Value = (double)count / verdict.Criteria.Count;
        string[] unmet = [.. verdict.Criteria.Where(c => !c.Met).Select(c => c.Point)];
        met.Reason = unmet.Length == 0
            ? $"観点 {count}/{verdict.Criteria.Count} を満たす"
            : $"観点 {count}/{verdict.Criteria.Count} を満たす。未達: {string.Join("; ", unmet)}";
        met.Interpretation = Interpretations.Coverage(met.Value.Value);
    }
}
