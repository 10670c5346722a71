namespace GaiEval.Core.TestSets.Lint;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;

/// <summary>
/// An item answered from a document must be at least as sensitive as that document's 機密区分: otherwise the item (and
/// its reference, which repeats the document) reaches providers whose clearance the document exceeds.
/// </summary>
internal sealed class SourceSensitivityRule : IGoldSetRule
{
    public IEnumerable<LintFinding> Check(GoldSetLintContext context)
    {
        if (context.Knowledge is not { } knowledge)
        {
            yield break;
        }

        foreach (GoldItem item in context.TestSet.Items)
        {
            KnowledgeSourceDocument? strictest = item.Sources
                .Select(knowledge.Document)
                .OfType<KnowledgeSourceDocument>()
                .MaxBy(document => document.Sensitivity);
            if (strictest is not null && strictest.Sensitivity > item.Sensitivity)
            {
                yield return context.Finding(item, GoldItemFields.Sensitivity,
                    $"sensitivity が {Name(item.Sensitivity)} ですが、出典 {strictest.Path} の機密区分は {Name(strictest.Sensitivity)} です。sensitivity を {Name(strictest.Sensitivity)} 以上にしてください");
            }
        }
    }

    private static string Name(Sensitivity sensitivity) => SensitivityNames.Name(sensitivity);
}
