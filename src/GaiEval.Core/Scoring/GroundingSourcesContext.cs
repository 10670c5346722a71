namespace GaiEval.Core.Scoring;

using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>The passages an answer must rest on (the chunks retrieved for it), for groundedness checks (the claim check and the groundedness judge).</summary>
public sealed class GroundingSourcesContext(IReadOnlyList<string> sources)
    : EvaluationContext(ContextName, [.. sources.Select(s => (AIContent)new TextContent(s))])
{
    public const string ContextName = "Grounding sources";

    public IReadOnlyList<string> Sources { get; } = sources;
}
