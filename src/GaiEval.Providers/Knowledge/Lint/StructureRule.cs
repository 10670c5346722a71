namespace GaiEval.Providers.Knowledge.Lint;

/// <summary>A document without headings, or a long one without sub-headings (## and below), which the chunker cannot split by topic.</summary>
internal sealed class StructureRule : IKnowledgeLintRule
{
    public string Name => "見出し";

    public string Help => "見出し（# …）のない文書、または本文が上限（既定 4,000 字、--max-chars）を超えるのに小見出し（## 以下）のない文書。" +
        "質問の単位で ## や ### の見出しを付けてください。";

    public IEnumerable<KnowledgeLintFinding> Check(KnowledgeLintDocument document, KnowledgeLintOptions options)
    {
        int firstTextLine = document.BodyLines.FirstOrDefault(line => !string.IsNullOrWhiteSpace(line.Text)).Line;
        int line = firstTextLine > 0 ? firstTextLine : document.BodyStartLine;
        if (document.Headings.Count == 0)
        {
            yield return document.Finding(line, this, "見出しがありません。検索では文書全体が1つの塊になります。内容ごとに ## の見出しを付けてください");
            yield break;
        }

        int characters = document.BodyLines.Sum(body => body.Text.Trim().Length);
        if (characters > options.MaxCharacters && !document.Headings.Any(heading => heading.Level >= 2))
        {
            yield return document.Finding(line, this, $"本文が {characters:N0} 字（上限 {options.MaxCharacters:N0} 字）あるのに小見出し（## 以下）がありません。内容ごとに分けてください");
        }
    }
}
