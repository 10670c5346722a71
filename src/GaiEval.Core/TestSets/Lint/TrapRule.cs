namespace GaiEval.Core.TestSets.Lint;

using GaiEval.Core.Model;

/// <summary>
/// A hallucination trap (<see cref="GoldItem.IsTrap"/>, tagged <c>trap</c>) must name the wrong answer
/// (must_not_include) and require at least one specific fact; otherwise an invented answer that avoids the listed
/// phrases, or one that merely says 「ありません」, passes. Untagged items are not guessed to be traps from their wording.
/// </summary>
internal sealed class TrapRule : IGoldSetRule
{
    public IEnumerable<LintFinding> Check(GoldSetLintContext context)
    {
        foreach (GoldItem item in context.TestSet.Items.Where(i => i.IsTrap))
        {
            if (item.MustNotInclude.Count == 0)
            {
                yield return context.Finding(item, GoldItemFields.MustNotInclude,
                    "罠の項目（tags に trap）に must_not_include がありません。罠に乗った回答が言う誤り（存在しない制度・誤った金額など）を書いてください");
            }

            if (item.MustInclude.All(group => context.GenericTerms.WhyGroupGeneric(group) is not null))
            {
                string what = item.MustInclude.Count == 0 ? "must_include がありません" : "must_include が一般的な語だけです";
                yield return context.Finding(item, GoldItemFields.MustInclude,
                    $"罠の項目なのに {what}。正しい事実（実際の制度・金額・時間・案内先）を 1 つ以上必須にしてください");
            }
        }
    }
}
