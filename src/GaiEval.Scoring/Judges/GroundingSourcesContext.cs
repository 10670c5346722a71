namespace GaiEval.Scoring.Judges;

using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>The passages an answer must rest on (the chunks retrieved for it), for <see cref="GroundednessJudgeEvaluator"/>.</summary>
public sealed class GroundingSourcesContext(IReadOnlyList<string> sources)
    : EvaluationContext(ContextName, [.. sources.Select(s => (AIContent)new TextContent(s))])
{
    public const string ContextName = "Grounding sources";

    public IReadOnlyList<string> Sources { get; } = sources;
}
