namespace GaiEval.Core.TestSets.Lint;

using GaiEval.Core.Model;

/// <summary>What every lint rule reads: the set, its knowledge (null when unknown), and where each finding points.</summary>
internal sealed class GoldSetLintContext(TestSet testSet, GoldSetKnowledge? knowledge)
{
    public TestSet TestSet { get; } = testSet;

    public GoldSetKnowledge? Knowledge { get; } = knowledge;

    public GenericTerms GenericTerms { get; } = new(testSet.Items);

    public int LineOf(GoldItem item) => TestSet.ItemLines.GetValueOrDefault(item.Id);

    public LintFinding Finding(GoldItem item, string field, string message) => new(TestSet.Path, LineOf(item), item.Id, field, message);
}
