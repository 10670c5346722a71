namespace GaiEval.Scoring.Judges;

using GaiEval.Core.Scoring;
using GaiEval.Core.Model;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>A judge scores (1–5) whether the answer addresses the question, regardless of its correctness.</summary>
public sealed class RelevanceJudgeEvaluator() : JudgeEvaluator(RelevanceMetricName)
{
    public override string Name => EvaluatorNames.RelevanceJudge;

    public static string RelevanceMetricName => "judge_relevance";

    protected override string Prompt(GoldItem item, string answer, IReadOnlyList<EvaluationContext> context) => JudgePrompts.Relevance(item, answer);
}
