namespace GaiEval.Core.TestSets.Lint;

using GaiEval.Core.Model;
using GaiEval.Core.Text;

/// <summary>
/// The gold answer and the knowledge base must agree: every <c>sources</c> entry names an existing document and heading,
/// and every must_include group is met by at least one of the item's sources passages, its question or its context (a
/// group met by none means the required fact is not in the sources, or the sources are wrong). Items without sources,
/// and sets checked without their knowledge folder, are not checked; nor are the terms of items tagged
/// <see cref="CalculationTag"/>, whose answers are computed from the sources (amounts, dates, formulas).
/// </summary>
internal sealed class SourceAgreementRule : IGoldSetRule
{
    /// <summary>Marks an item whose required terms are computed from its sources rather than quoted from them.</summary>
    public const string CalculationTag = "calc";

    public IEnumerable<LintFinding> Check(GoldSetLintContext context)
    {
        if (context.Knowledge is not { } knowledge)
        {
            yield break;
        }

        foreach (GoldItem item in context.TestSet.Items.Where(i => i.Sources.Count > 0))
        {
            var passages = new List<string>();
            bool allFound = true;
            foreach (string source in item.Sources)
            {
                string? passage = Resolve(knowledge, source, out string? problem);
                if (problem is not null)
                {
                    allFound = false;
                    yield return context.Finding(item, GoldItemFields.Sources, problem);
                }
                else
                {
                    passages.Add(JapaneseTextNormalizer.Normalize(passage));
                }
            }

            passages.Add(JapaneseTextNormalizer.Normalize(item.Question));
            passages.Add(JapaneseTextNormalizer.Normalize(item.Context));

            if (!allFound || item.Tags.Contains(CalculationTag, StringComparer.Ordinal))
            {
                continue;
            }

            for (int g = 0; g < item.MustInclude.Count; g++)
            {
                IReadOnlyList<string> group = item.MustInclude[g];
                if (!group.Any(term => passages.Any(passage => PhraseSearch.Contains(passage, term))))
                {
                    yield return context.Finding(item, GoldItemFields.MustInclude,
                        $"{g + 1} 番目のグループ（{string.Join(" / ", group)}）がどの出典（sources）にもありません。正解とナレッジが食い違っていないか、出典が正しいか確かめてください");
                }
            }
        }
    }

    private static string? Resolve(GoldSetKnowledge knowledge, string source, out string? problem)
    {
        problem = null;
        if (knowledge.Document(source) is not { } document)
        {
            problem = $"「{source}」: この文書がナレッジにありません";
            return null;
        }

        if (GoldSetKnowledge.HeadingOf(source) is not { } heading)
        {
            return document.Body;
        }

        if (document.Passage(heading) is { } passage)
        {
            return passage;
        }

        problem = $"「{source}」: 文書 {document.Path} に見出し「{heading}」がありません";
        return null;
    }
}
