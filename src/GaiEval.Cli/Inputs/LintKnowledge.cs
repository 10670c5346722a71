namespace GaiEval.Cli.Inputs;

using GaiEval.Core.TestSets.Lint;
using GaiEval.Providers.Knowledge;

/// <summary>Hands the gold-set lint (in Core) what it needs of a loaded knowledge base.</summary>
internal static class LintKnowledge
{
    public static GoldSetKnowledge? From(KnowledgeBase? knowledge) =>
        knowledge is null
            ? null
            : new GoldSetKnowledge([.. knowledge.Documents.Select(d => new KnowledgeSourceDocument(
                d.Path, d.Title, d.Sensitivity, d.Body, d.BodyStartLine, [.. d.Headings.Select(h => new KnowledgeSourceHeading(h.Level, h.Text, h.Line))]))]);
}
