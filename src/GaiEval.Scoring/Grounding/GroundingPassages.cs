namespace GaiEval.Scoring.Grounding;

using GaiEval.Core.Model;
using GaiEval.Core.Scoring;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>
/// The passages an answer is checked against: the non-blank sources of every <see cref="GroundingSourcesContext"/>
/// (the chunks retrieved for a RAG answer), else the item's context, else none.
/// </summary>
internal static class GroundingPassages
{
    public static IReadOnlyList<string> Of(GoldItem? item, IEnumerable<EvaluationContext>? context)
    {
        IReadOnlyList<string> retrieved =
            [.. (context ?? []).OfType<GroundingSourcesContext>().SelectMany(c => c.Sources).Where(s => !string.IsNullOrWhiteSpace(s))];
        return retrieved.Count > 0 ? retrieved
            : string.IsNullOrWhiteSpace(item?.Context) ? []
            : [item.Context];
    }
}
