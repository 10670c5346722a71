namespace GaiEval.Core.TestSets.Lint;

using GaiEval.Core.Model;
using GaiEval.Core.Text;

/// <summary>Two items with the same question and context (after normalisation) count one question twice.</summary>
internal sealed class DuplicateQuestionRule : IGoldSetRule
{
    public IEnumerable<LintFinding> Check(GoldSetLintContext context)
    {
        var first = new Dictionary<(string Question, string Context), GoldItem>();
        foreach (GoldItem item in context.TestSet.Items)
        {
            var key = (JapaneseTextNormalizer.Normalize(item.Question), JapaneseTextNormalizer.Normalize(item.Context));
            if (first.TryGetValue(key, out GoldItem? earlier))
            {
                yield return context.Finding(item, GoldItemFields.Question,
                    $"質問と context が項目 {earlier.Id}（{context.LineOf(earlier)} 行目）と同じです。同じ問いを 2 回数えないよう、どちらかを削るか変えてください");
            }
            else
            {
                first[key] = item;
            }
        }
    }
}
