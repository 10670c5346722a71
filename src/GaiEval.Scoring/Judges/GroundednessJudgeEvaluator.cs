namespace GaiEval.Scoring.Judges;

using GaiEval.Core.Model;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>
/// A judge scores (1–5) whether everything the answer states rests on its sources: the passages of a
/// <see cref="GroundingSourcesContext"/> when the caller passes one (retrieved chunks), else the item's context.
/// Without either there is nothing to check against and no value.
/// </summary>
public sealed class GroundednessJudgeEvaluator() : JudgeEvaluator(GroundednessMetricName)
{
    public const string NoSourcesMessage = "根拠資料なし: 根拠性は判定しない";

    public static string GroundednessMetricName => "judge_groundedness";

    protected override string? MissingInput(GoldItem item, IReadOnlyList<EvaluationContext> context) =>
        Sources(item, context).Count == 0 ? NoSourcesMessage : null;

    protected override string Prompt(GoldItem item, string answer, IReadOnlyList<EvaluationContext> context) =>
        JudgePrompts.Groundedness(item, Sources(item, context), answer);

    private static IReadOnlyList<string> Sources(GoldItem item, IReadOnlyList<EvaluationContext> context)
    {
        IReadOnlyList<string> retrieved = [.. context.OfType<GroundingSourcesContext>().SelectMany(c => c.Sources).Where(s => !string.IsNullOrWhiteSpace(s))];
        return retrieved.Count > 0 ? retrieved
            : string.IsNullOrWhiteSpace(item.Context) ? []
            : [item.Context];
    }
}
