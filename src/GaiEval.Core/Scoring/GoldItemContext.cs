namespace GaiEval.Core.Scoring;

using GaiEval.Core.Model;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>Hands the gold item to every evaluator (the way F1EvaluatorContext hands over a ground truth).</summary>
public sealed class GoldItemContext(GoldItem item) : EvaluationContext(ContextName, item.Reference ?? string.Empty)
{
    public const string ContextName = "Gold item";

    public GoldItem Item { get; } = item;
}
