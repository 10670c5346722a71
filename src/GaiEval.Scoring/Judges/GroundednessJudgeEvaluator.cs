namespace GaiEval.Scoring.Judges;

using GaiEval.Core.Model;
using GaiEval.Core.Scoring;
using GaiEval.Scoring.Grounding;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>
/// A judge labels each claim of the answer (<see cref="ClaimSplitter"/>) supported, contradicted or unsupported by its
/// sources and scores the whole (1–5): <see cref="GroundednessMetricName"/> is the score,
/// <see cref="UnsupportedClaimRateMetricName"/> the share of claims not supported (0..1). The sources are the passages of a
/// <see cref="GroundingSourcesContext"/> when the caller passes one (retrieved chunks), else the item's context.
/// </summary>
/// <remarks>
/// A reply must label exactly the claims sent, in order; otherwise it is repaired once like any unusable reply. Without
/// sources, for a refusal, or for an answer without a claim there is nothing to check: no value and no judge call.
/// </remarks>
public sealed class GroundednessJudgeEvaluator() : JudgeEvaluator(GroundednessMetricName, UnsupportedClaimRateMetricName)
{
    public override string Name => EvaluatorNames.GroundednessJudge;

    public const string NoSourcesMessage = "根拠資料なし: 根拠性は判定しない";

    public static string GroundednessMetricName => MetricNames.JudgeGroundedness;

    public static string UnsupportedClaimRateMetricName => MetricNames.JudgeUnsupportedClaimRate;

    protected override string? MissingInput(GoldItem item, string answer, IReadOnlyList<EvaluationContext> context) =>
        GroundingPassages.Of(item, context).Count == 0 ? NoSourcesMessage : AnswerClaims.Of(answer).WhyNone;

    protected override JudgeReplyRules ReplyRules(GoldItem item, string answer) =>
        new(AnswerClaims.Of(answer).Claims.Count, CriteriaNoun: "主張", Labels: true);

    protected override string Prompt(GoldItem item, string answer, IReadOnlyList<EvaluationContext> context) =>
        JudgePrompts.Groundedness(item, GroundingPassages.Of(item, context), answer, AnswerClaims.Of(answer).Claims);

    protected override void Record(IReadOnlyList<NumericMetric> metrics, JudgeVerdict verdict, string answer)
    {
        RecordScore(metrics[0], verdict);
        JudgeCriterion[] claims = [.. AnswerClaims.Of(answer).Claims.Zip(verdict.Criteria, (claim, c) => c with { Point = claim })];
        NumericMetric rate = metrics[1];
        int notSupported = claims.Count(c => !c.Met);
        rate.Value = (double)notSupported / claims.Length;
        rate.Reason = DescribeNotSupported(claims, notSupported);
        rate.Interpretation = Interpretations.Coverage(1 - rate.Value.Value);
        string labels = JudgeMetadata.CriteriaJson(claims);
        foreach (NumericMetric metric in metrics)
        {
            metric.AddOrUpdateMetadata(JudgeMetadata.CriteriaKey, labels);
        }
    }

    private static string DescribeNotSupported(IReadOnlyList<JudgeCriterion> claims, int notSupported)
    {
        if (notSupported == 0)
        {
            return $"すべての主張が資料に裏付けられている（{claims.Count}/{claims.Count} 件）";
        }

        IEnumerable<string> groups = new[] { ClaimLabel.Contradicted, ClaimLabel.Unsupported }
            .Select(label => (label, quoted: string.Concat(claims.Where(c => c.Label == label).Select(c => $"「{c.Point}」"))))
            .Where(group => group.quoted.Length > 0)
            .Select(group => $"{ClaimLabelNames.Japanese(group.label)}: {group.quoted}");
        return $"資料に裏付けのない主張 {notSupported}/{claims.Count} 件。{string.Join("。", groups)}";
    }
}
