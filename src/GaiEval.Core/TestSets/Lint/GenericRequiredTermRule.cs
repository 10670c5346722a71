namespace GaiEval.Core.TestSets.Lint;

using GaiEval.Core.Model;

/// <summary>A must_include group that a generic word meets (see <see cref="GenericTerms"/>): it checks no fact.</summary>
internal sealed class GenericRequiredTermRule : IGoldSetRule
{
    public IEnumerable<LintFinding> Check(GoldSetLintContext context)
    {
        foreach (GoldItem item in context.TestSet.Items)
        {
            for (int g = 0; g < item.MustInclude.Count; g++)
            {
                if (context.GenericTerms.WhyGroupGeneric(item.MustInclude[g]) is { } why)
                {
                    yield return context.Finding(item, GoldItemFields.MustInclude,
                        $"{g + 1} 番目のグループは一般的な語で満たされます（{why}）。事実を述べる語（金額・日時・名称や「夜間保育は行っていません」のような主語つきの否定）にしてください");
                }
            }
        }
    }
}
