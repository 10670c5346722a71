namespace GaiEval.Scoring.Judges;

using GaiEval.Core.Scoring;
using GaiEval.Core.Model;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>A judge scores (1–5) whether the answer says the same as the item's reference. Items without a reference get no value.</summary>
public sealed class EquivalenceJudgeEvaluator() : JudgeEvaluator(EquivalenceMetricName)
{
    public override string Name => EvaluatorNames.EquivalenceJudge;

    public const string NoReferenceMessage = "模範解答なし: 同等性は判定しない";

    public static string EquivalenceMetricName => "judge_equivalence";

    protected override string? MissingInput(GoldItem item, string answer, IReadOnlyList<EvaluationContext> context) =>
        string.IsNullOrWhiteSpace(item.Reference) ? NoReferenceMessage : null;

    protected override string Prompt(GoldItem item, string answer, IReadOnlyList<EvaluationContext> context) => JudgePrompts.Equivalence(item, answer);
}
